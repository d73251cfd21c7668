"""Warm the customer copy before anyone asks for it (issue 17: the first copy after start-up took
0.58–0.63 s and stalled the window 220–666 ms in 3 of 5 starts; goal ≤ 300 ms, no stall > 50 ms).

The first copy paid for importing fpdf2 (with fontTools, Pillow and cryptography's x509: ~290 modules,
0.4–0.8 s) and for code paths and font tables that load on first use. `warm()` pays that once, off the
GUI thread, after the window has started (ui/startup.py): it imports WARM_MODULES through the import gate
(app/import_gate.py: one thread imports at a time), then renders a one-page copy nobody sees, which loads
the rest. fpdf2's own `__init__` imports the whole package, so the first fpdf module holds the gate for
all of fpdf2 (~1 s under load): a GUI-thread import in that time waits for it. The modules after it
(fontTools' tables, loaded lazily by the render) are imported one at a time.

WARM_MODULES is the order in which rendering a copy finishes importing each module (`record_order()`
prints it; tests/app/test_pdf_warm.py fails when a render after `warm()` still imports something).
No Qt import: app/ runs without a display.
"""
from __future__ import annotations

import datetime as dt
import importlib

WARM_MODULES = (
    "fpdf.deprecation", "fpdf.util", "fpdf.drawing_primitives", "fpdf.syntax", "fpdf.enums", "fpdf.errors",
    "fontTools.misc", "gc", "timeit", "fontTools.misc.loggingTools", "fontTools", "fontTools.misc.configTools",
    "fontTools.config", "fontTools.misc.textTools", "fontTools.misc.xmlWriter", "fontTools.misc.roundTools",
    "fontTools.misc.fixedTools", "fontTools.misc.sstruct", "fontTools.ttLib.sfnt", "fontTools.misc.vector",
    "fontTools.misc.transform", "fontTools.pens", "fontTools.pens.basePen", "fontTools.pens.pointPen",
    "fontTools.pens.recordingPen", "fontTools.pens.filterPen", "fontTools.pens.transformPen",
    "fontTools.ttLib.ttGlyphSet", "fontTools.ttLib.ttFont", "fontTools.ttLib.tables",
    "fontTools.ttLib.tables.DefaultTable", "fontTools.ttLib.tables.D_S_I_G_", "fontTools.misc.timeTools",
    "fontTools.ttLib.ttCollection", "fontTools.ttLib", "fontTools.ttLib.tables.ttProgram",
    "fontTools.misc.arrayTools", "fontTools.misc.bezierTools", "fontTools.misc.filenames",
    "fontTools.ttLib.tables._g_l_y_f", "fontTools.pens.ttGlyphPen", "fontTools.ttLib.tables._f_v_a_r",
    "fontTools.ttLib.tables.TupleVariation", "fontTools.misc.lazyTools", "fontTools.ttLib.tables.otBase",
    "fontTools.ttLib.tables.otTraverse", "fontTools.pens.boundsPen", "fontTools.feaLib",
    "fontTools.feaLib.lookupDebugInfo", "fontTools.ttLib.tables.otDataSchema", "fontTools.ttLib.tables.otData",
    "fontTools.ttLib.tables.otConverters", "fontTools.ttLib.tables.otTables", "fontTools.varLib.builder",
    "fontTools.varLib.errors", "fontTools.varLib.models", "fontTools.misc.intTools", "fontTools.varLib.varStore",
    "fontTools.colorLib", "fontTools.misc.treeTools", "fontTools.ttLib.tables.C_O_L_R_",
    "fontTools.ttLib.tables.C_P_A_L_", "fontTools.encodings", "fontTools.encodings.codecs",
    "fontTools.misc.encodingTools", "fontTools.misc.visitor", "fontTools.ttLib.ttVisitor",
    "fontTools.ttLib.tables._n_a_m_e", "fontTools.colorLib.errors", "fontTools.colorLib.geometry",
    "fontTools.colorLib.table_builder", "fontTools.colorLib.builder", "fontTools.misc.classifyTools",
    "fontTools.misc.cliTools", "fontTools.ttLib.beyond64k", "fontTools.otlLib", "fontTools.feaLib.error",
    "fontTools.feaLib.location", "fontTools.feaLib.ast", "fontTools.otlLib.optimize.gpos",
    "fontTools.otlLib.optimize", "fontTools.otlLib.error", "fontTools.otlLib.builder", "fontTools.varLib.merger",
    "fontTools.varLib.mvar", "fontTools.varLib.iup", "fontTools.misc.dictTools", "fontTools.varLib.featureVars",
    "lxml", "lxml._elementpath", "gzip", "lxml.etree", "fontTools.misc.etree", "fontTools.misc.plistlib",
    "fontTools.designspaceLib.types", "fontTools.designspaceLib", "fontTools.designspaceLib.statNames",
    "fontTools.designspaceLib.split", "fontTools.varLib.stat", "fontTools.colorLib.unbuilder", "pprint",
    "fontTools.varLib", "fontTools.otlLib.maxContextCalc", "fontTools.subset.util", "fontTools.misc.psCharStrings",
    "fontTools.cffLib", "fontTools.ttLib.tables.C_F_F_", "fontTools.subset.cff", "fontTools.ttLib.tables.S_V_G_",
    "fontTools.subset.svg", "fontTools.misc.iterTools", "fontTools.varLib.multiVarStore",
    "fontTools.unicodedata.Blocks", "fontTools.unicodedata.Mirrored", "fontTools.unicodedata.Scripts",
    "fontTools.unicodedata.ScriptExtensions", "fontTools.unicodedata.OTTags", "fontTools.unicodedata",
    "fontTools.ttLib.tables.BitmapGlyphMetrics", "fontTools.ttLib.tables.E_B_L_C_",
    "fontTools.ttLib.tables.E_B_D_T_", "fontTools.ttLib.tables.sbixGlyph", "fontTools.ttLib.tables.sbixStrike",
    "fontTools.ttLib.tables._s_b_i_x", "fontTools.ttLib.tables.G_S_U_B_", "fontTools.ttLib.tables.G_P_O_S_",
    "fontTools.ttLib.tables.G_D_E_F_", "fontTools.ttLib.tables._k_e_r_n", "fontTools.ttLib.tables._h_m_t_x",
    "fontTools.ttLib.tables._v_m_t_x", "fontTools.ttLib.tables._h_d_m_x", "fontTools.ttLib.tables._a_n_k_r",
    "fontTools.ttLib.tables._b_s_l_n", "fontTools.ttLib.tables._l_c_a_r", "fontTools.ttLib.tables._g_v_a_r",
    "fontTools.ttLib.tables.H_V_A_R_", "fontTools.ttLib.tables.V_V_A_R_", "fontTools.ttLib.tables.V_O_R_G_",
    "fontTools.ttLib.tables._o_p_b_d", "fontTools.ttLib.standardGlyphOrder", "fontTools.ttLib.tables._p_o_s_t",
    "fontTools.ttLib.tables._p_r_o_p", "fontTools.ttLib.tables.V_A_R_C_", "fontTools.ttLib.tables.M_A_T_H_",
    "fontTools.unicode", "fontTools.ttLib.tables._c_m_a_p", "fontTools.ttLib.tables._m_a_x_p",
    "fontTools.ttLib.tables._h_e_a_d", "fontTools.subset", "fontTools.cffLib.specializer",
    "fontTools.cffLib.transforms", "fontTools.cffLib.width", "fontTools.cffLib.CFF2ToCFF",
    "fontTools.varLib.instancer.cff", "fontTools.varLib.instancer.names", "fontTools.varLib.instancer.featureVars",
    "fontTools.varLib.instancer.colr", "fontTools.varLib.instancer.solver", "fontTools.varLib.instancer",
    "fpdf.pattern", "fpdf.drawing", "PIL._version", "PIL", "PIL.ExifTags", "PIL.ImageMode", "PIL.TiffTags",
    "PIL._binary", "PIL._deprecate", "PIL._util", "PIL._imaging", "PIL.Image", "fpdf.font_type_3", "fpdf.fonts",
    "mimetypes", "cryptography.hazmat.primitives.hashes", "cryptography.hazmat.primitives._serialization",
    "cryptography.hazmat.primitives.asymmetric", "cryptography.hazmat.primitives.asymmetric.dh",
    "cryptography.hazmat.primitives.serialization.base", "cryptography.hazmat.primitives.asymmetric.utils",
    "cryptography.hazmat.primitives.asymmetric.dsa", "cryptography.hazmat._oid",
    "cryptography.hazmat.primitives.asymmetric.ec", "cryptography.hazmat.primitives.asymmetric.ed25519",
    "cryptography.hazmat.primitives._asymmetric", "cryptography.hazmat.primitives.asymmetric.rsa",
    "cryptography.hazmat.primitives.asymmetric.padding", "cryptography.hazmat.primitives.serialization.ssh",
    "cryptography.hazmat.primitives.serialization", "cryptography.x509.certificate_transparency",
    "cryptography.x509.oid", "cryptography.x509.name", "cryptography.x509.general_name",
    "cryptography.x509.verification", "cryptography.hazmat.primitives.asymmetric.ed448",
    "cryptography.hazmat.primitives.asymmetric.mldsa", "cryptography.hazmat.primitives.asymmetric.mlkem",
    "cryptography.hazmat.primitives.asymmetric.x448", "cryptography.hazmat.primitives.asymmetric.x25519",
    "cryptography.hazmat.primitives.asymmetric.types", "hmac", "cryptography.hazmat.primitives.constant_time",
    "cryptography.x509.extensions", "cryptography.x509.base", "cryptography.x509",
    "cryptography.hazmat.primitives.serialization.pkcs12", "fpdf.actions", "fpdf.annotations", "fpdf.bidi",
    "stringprep", "cryptography.hazmat.primitives.padding", "fpdf.encryption", "fpdf.graphics_state",
    "html.entities", "html", "_markupbase", "html.parser", "fpdf.structure_tree", "fpdf.outline", "fpdf.table",
    "fpdf.html", "fpdf.image_datastructures", "http", "email.feedparser", "email.parser", "http.client",
    "urllib.response", "urllib.error", "urllib.request", "fontTools.svgLib.path.arc", "cmath",
    "fontTools.svgLib.path.parser", "fontTools.svgLib.path.shapes", "fontTools.svgLib.path", "fontTools.svgLib",
    "xml", "xml.parsers", "pyexpat", "xml.parsers.expat", "defusedxml.common", "defusedxml", "xml.etree",
    "xml.etree.ElementPath", "_elementtree", "xml.etree.ElementTree", "defusedxml.ElementTree", "fpdf.line_break",
    "unittest.util", "unittest.result", "difflib", "unittest.case", "unittest.suite", "unittest.loader",
    "unittest.signals", "unittest.runner", "unittest.main", "unittest", "pkgutil", "unittest.mock", "fpdf.sign",
    "fpdf.output", "fpdf.svg", "PIL._imagingcms", "PIL.ImageCms", "PIL.ImageFile", "PIL.GimpGradientFile",
    "PIL.GimpPaletteFile", "PIL.ImageColor", "PIL.PaletteFile", "PIL.ImagePalette", "PIL.ImageOps",
    "PIL.TiffImagePlugin", "PIL.features", "fpdf.image_parsing", "fpdf.linearization", "fpdf.recorder",
    "fpdf.text_region", "fpdf.transitions", "fpdf.unicode_script", "fpdf.fpdf", "fpdf.prefs", "fpdf.template",
    "fpdf", "fontTools.ttLib.tables._l_o_c_a", "fontTools.agl", "fontTools.ttLib.tables._h_h_e_a",
    "fontTools.ttLib.tables.O_S_2f_2", "encodings.utf_16_be", "encodings.utf_32_be",
    "fontTools.ttLib.tables._f_p_g_m", "fontTools.ttLib.tables._p_r_e_p", "fontTools.ttLib.tables._c_v_t",
    "fontTools.ttLib.tables._g_a_s_p",
)


def warm() -> None:
    """Import what a customer copy needs and render one; safe on any thread once the import gate is in."""
    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # a module this platform or version does not have: the render below loads what is needed
            pass
    from app.reports.plan_pdf import render_plan

    render_plan(sample_copy())


def sample_copy():
    """A one-goal, one-step copy with the accented letters a real plan has (nothing from a profile)."""
    from app.reports.plan_pdf import CustomerCopy, GoalSection, StepLine

    day = dt.date(2026, 1, 5)
    step = StepLine("Vocational Training", "Started/Open", day, day + dt.timedelta(days=60), None, 20.0, "Rock River Works")
    goal = GoalSection("Obtain full-time employment", "Career Plan", "Short Term", "On Track", day, day + dt.timedelta(days=60), [step])
    return CustomerCopy("José Ñúñez", "Pepe", "Adult", "IEP", "Active", "100001", "4321", dt.date(1990, 1, 2),
                        "12 Main St, Springfield, IL 62701", "217-555-1212", "jose@example.net", "Rock River Works", "Manufacturing",
                        ["Welder"], 22.0, "Carla Caseworker", "217-555-2000", "carla@example.org", [goal],
                        [("OSHA-10", "Occupational Certification", day, "Lincoln Land CC")])


def record_order(render=None) -> list[str]:
    """The modules rendering a copy imports, in the order each finished importing (run in a fresh
    interpreter that has imported what start-up imports, to regenerate WARM_MODULES)."""
    import importlib.abc
    import sys

    order: list[str] = []

    class Recorder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is None:
                    continue
                loader = spec.loader
                if loader is not None and hasattr(loader, "exec_module"):
                    class Loader:
                        @staticmethod
                        def create_module(spec, _loader=loader):
                            return _loader.create_module(spec) if hasattr(_loader, "create_module") else None

                        @staticmethod
                        def exec_module(module, _loader=loader, _name=name):
                            _loader.exec_module(module)
                            order.append(_name)
                    spec.loader = Loader()
                return spec
            return None

    recorder = Recorder()
    sys.meta_path.insert(0, recorder)
    try:
        if render is None:
            from app.reports.plan_pdf import render_plan

            render_plan(sample_copy())
        else:
            render()
    finally:
        sys.meta_path.remove(recorder)
    return list(dict.fromkeys(order))


if __name__ == "__main__":
    import app.profile  # noqa: F401 - what start-up has imported before a copy is printed
    import app.startup  # noqa: F401

    print(record_order())
