// The signature pad: pointer strokes on a canvas, sent as JSON points and a PNG with the form.
(function () {
  var pad = document.getElementById("pad");
  if (!pad) return;
  var ctx = pad.getContext("2d"), strokes = [], current = null;
  function size() {
    var r = pad.getBoundingClientRect(), k = window.devicePixelRatio || 1;
    pad.width = r.width * k; pad.height = r.height * k; ctx.setTransform(k, 0, 0, k, 0, 0);
    ctx.lineWidth = 2.2; ctx.lineCap = "round"; ctx.lineJoin = "round"; ctx.strokeStyle = "#102040"; redraw();
  }
  function redraw() {
    ctx.clearRect(0, 0, pad.width, pad.height);
    strokes.forEach(function (s) {
      ctx.beginPath();
      s.forEach(function (p, i) { if (i) ctx.lineTo(p[0], p[1]); else ctx.moveTo(p[0], p[1]); });
      if (s.length === 1) ctx.lineTo(s[0][0] + 0.1, s[0][1]);
      ctx.stroke();
    });
  }
  function at(e) { var r = pad.getBoundingClientRect(); return [Math.round(e.clientX - r.left), Math.round(e.clientY - r.top)]; }
  pad.addEventListener("pointerdown", function (e) { pad.setPointerCapture(e.pointerId); current = [at(e)]; strokes.push(current); redraw(); });
  pad.addEventListener("pointermove", function (e) { if (current) { current.push(at(e)); redraw(); } });
  pad.addEventListener("pointerup", function () { current = null; });
  document.getElementById("clear").addEventListener("click", function () { strokes = []; redraw(); });
  document.getElementById("sign-form").addEventListener("submit", function () {
    document.getElementById("strokes").value = JSON.stringify(strokes);
    document.getElementById("png").value = strokes.length ? pad.toDataURL("image/png") : "";
  });
  window.addEventListener("resize", size);
  size();
})();
