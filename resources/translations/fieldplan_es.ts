<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_actions.py" line="17"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="18"/>
        <source>Write an encrypted backup of every record and document</source>
        <translation>Escribir una copia de seguridad cifrada de cada registro y documento</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="19"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="19"/>
        <source>Restore a backup into a new profile folder</source>
        <translation>Restaurar una copia de seguridad en una carpeta de perfil nueva</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="28"/>
        <source>Backup reminder</source>
        <extracomment>stays in the status bar (other messages come and go) until a backup is made</extracomment>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="60"/>
        <source>&amp;Compliance…</source>
        <translation>&amp;Cumplimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="60"/>
        <source>Counts per timeliness rule, overdue lists and the ISTEP rubric</source>
        <translation>Recuentos por regla de puntualidad, listas de atrasos y la rúbrica ISTEP</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="61"/>
        <source>Customer &amp;Services Report…</source>
        <translation>Informe de &amp;servicios al cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="61"/>
        <source>Step/service × status counts and bulk updates</source>
        <translation>Recuentos de paso/servicio × estado y cambios en bloque</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="62"/>
        <source>&amp;Export caseload summary…</source>
        <translation>&amp;Exportar resumen de casos…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="62"/>
        <source>The supervisor&apos;s Excel caseload workbook</source>
        <translation>El libro de Excel de casos del supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="63"/>
        <source>Employers and &amp;jobs…</source>
        <translation>Empleadores y &amp;empleos…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="63"/>
        <source>Employers, worksites and jobs for placements</source>
        <translation>Empleadores, lugares de trabajo y empleos para colocaciones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="36"/>
        <source>New participant — intake</source>
        <extracomment>the new participant&apos;s id once saved, or the existing one chosen instead</extracomment>
        <translation>Participante nuevo — admisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="44"/>
        <source>Additional contacts (at least one: someone who can reach the participant)</source>
        <translation>Contactos adicionales (al menos uno: alguien que pueda localizar al participante)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="56"/>
        <location filename="../../ui/dialogs/users_admin.py" line="88"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="57"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="58"/>
        <location filename="../../ui/dialogs/users_admin.py" line="33"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="58"/>
        <location filename="../../ui/dialogs/profile_form.py" line="63"/>
        <location filename="../../ui/dialogs/users_admin.py" line="32"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="55"/>
        <source>Additional contact {number}: {field}</source>
        <translation>Contacto adicional {number}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="62"/>
        <source>Additional contacts error</source>
        <translation>Error en los contactos adicionales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="74"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="77"/>
        <source>Someone else: enter as new</source>
        <translation>Es otra persona: registrar como nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="86"/>
        <source>Save participant</source>
        <translation>Guardar participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="48"/>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="54"/>
        <source>Exited comes with the exit (Outcomes tab). Moving the participant to another organization takes a program manager or an administrator; the old career planner then no longer sees the plan.</source>
        <translation>Salido llega con la salida (pestaña Resultados). Mover al participante a otra organización lo hace un gerente de programa o un administrador; el planificador de carrera anterior deja entonces de ver el plan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="60"/>
        <source>No additional contact yet — Add contact… records one.</source>
        <translation>Todavía no hay contactos adicionales — Agregar contacto… registra uno.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="61"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="72"/>
        <source>Additional contacts</source>
        <translation>Contactos adicionales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="64"/>
        <source>Add contact…</source>
        <translation>Agregar contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="64"/>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="64"/>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="38"/>
        <source>Profile errors</source>
        <extracomment>the fields the dialogs read, in the order of the columns</extracomment>
        <translation>Errores del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="53"/>
        <source>Legal first name*</source>
        <translation>Nombre legal*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="54"/>
        <source>Legal last name*</source>
        <translation>Apellido legal*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="55"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="56"/>
        <source>Date of birth*</source>
        <translation>Fecha de nacimiento*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="57"/>
        <source>Last 4 of SSN</source>
        <translation>Últimos 4 del SSN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="59"/>
        <source>last 4 digits only</source>
        <translation>solo los últimos 4 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="60"/>
        <source>Individual number</source>
        <translation>Número individual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="61"/>
        <source>the next number when left empty</source>
        <translation>el número siguiente si se deja vacío</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="62"/>
        <location filename="../../ui/dialogs/users_admin.py" line="88"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="64"/>
        <source>Phone/text</source>
        <translation>Teléfono/mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="65"/>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="66"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="67"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="68"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="69"/>
        <source>Social media contact</source>
        <translation>Contacto en redes sociales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="70"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="71"/>
        <source>The language of the customer copy, the signing screen, the messages and the participant&apos;s page</source>
        <translation>El idioma de la copia del cliente, la pantalla de firma, los mensajes y la página del participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="73"/>
        <source>Program*</source>
        <translation>Programa*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="74"/>
        <source>Organization/provider*</source>
        <translation>Organización/proveedor*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="75"/>
        <source>Career planner</source>
        <translation>Planificador de carrera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="76"/>
        <source>Enrollment status*</source>
        <translation>Estado de inscripción*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="77"/>
        <source>Application date*</source>
        <translation>Fecha de solicitud*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="78"/>
        <source>Eligibility determination</source>
        <translation>Determinación de elegibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="79"/>
        <source>Program enrollment</source>
        <translation>Inscripción en el programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="80"/>
        <source>Recertification date</source>
        <translation>Fecha de recertificación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="29"/>
        <source>User name*</source>
        <translation>Nombre de usuario*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="31"/>
        <source>Full name*</source>
        <translation>Nombre completo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="35"/>
        <source>Role*</source>
        <translation>Rol*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="36"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="36"/>
        <location filename="../../ui/dialogs/users_admin.py" line="38"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="38"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="40"/>
        <source>First password*</source>
        <translation>Primera contraseña*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="82"/>
        <location filename="../../ui/dialogs/users_admin.py" line="94"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="89"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="90"/>
        <source>Works for</source>
        <translation>Trabaja para</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="90"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="92"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="92"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="92"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="94"/>
        <source>No users.</source>
        <translation>No hay usuarios.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="98"/>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="98"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="99"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="99"/>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>1. Review Assessment</source>
        <translation>1. Revisar evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>2. Set Goals</source>
        <translation>2. Fijar metas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>3. Add Steps/Services</source>
        <translation>3. Agregar pasos/servicios</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Update Log</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Buscar participante</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Search the caseload by name, last 4 SSN or individual number</source>
        <translation>Buscar en la lista de casos por nombre, últimos 4 del SSN o número individual</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Reload the caseload and the open plan</source>
        <translation>Volver a cargar la lista de casos y el plan abierto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Hide the caseload until you enter your password</source>
        <translation>Ocultar la lista de casos hasta que escriba su contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Idle lock time and other preferences</source>
        <translation>Tiempo de bloqueo por inactividad y otras preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Close Fieldplan</source>
        <translation>Cerrar Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Show &amp;caseload</source>
        <translation>Mostrar la &amp;lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Show or hide the caseload list</source>
        <translation>Mostrar u ocultar la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Show the {tab} tab</source>
        <translation>Mostrar la pestaña {tab}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Guide to this tab</source>
        <translation>&amp;Guía de esta pestaña</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>What the tab in front is for and its shortcuts</source>
        <translation>Para qué sirve la pestaña abierta y sus atajos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;About Fieldplan</source>
        <translation>&amp;Acerca de Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Version and where this profile lives</source>
        <translation>Versión y ubicación de este perfil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Caseload co&amp;lumns</source>
        <translation>Co&amp;lumnas de la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Qt&apos;s version and licence (LGPL)</source>
        <translation>Versión y licencia de Qt (LGPL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="27"/>
        <source>New &amp;goal…</source>
        <extracomment>how long a decrypted upload stays in its temporary folder for the desktop&apos;s viewer</extracomment>
        <translation>Nueva &amp;meta…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="27"/>
        <source>Add a goal to the plan (it then needs the participant&apos;s agreement)</source>
        <translation>Agregar una meta al plan (luego necesita el acuerdo del participante)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="28"/>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Editar meta…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="28"/>
        <source>Edit the goal selected on 2. Set Goals</source>
        <translation>Editar la meta seleccionada en 2. Fijar metas</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="29"/>
        <source>New case &amp;note…</source>
        <translation>Nueva &amp;nota de caso…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="29"/>
        <source>Write a case note about a contact</source>
        <translation>Escribir una nota de caso sobre un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="30"/>
        <source>Record plan &amp;agreement…</source>
        <translation>Registrar el &amp;acuerdo del plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="30"/>
        <source>Record the Customer Goal/Plan Agreement status</source>
        <translation>Registrar el estado del acuerdo del cliente sobre metas y plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="31"/>
        <source>Add &amp;step/service…</source>
        <translation>Agregar &amp;paso/servicio…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="31"/>
        <source>Add the catalog step selected on 3. Add Steps/Services to a goal</source>
        <translation>Agregar a una meta el paso del catálogo seleccionado en 3. Agregar pasos/servicios</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="32"/>
        <source>Edit s&amp;tep…</source>
        <translation>Editar pa&amp;so…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="32"/>
        <source>Open the step selected on 3. Add Steps/Services</source>
        <translation>Abrir el paso seleccionado en 3. Agregar pasos/servicios</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="33"/>
        <source>&amp;Upload file…</source>
        <translation>&amp;Subir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="33"/>
        <source>Attach a document or a signed agreement to the plan</source>
        <translation>Adjuntar al plan un documento o un acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="34"/>
        <source>&amp;Sign the plan…</source>
        <translation>&amp;Firmar el plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="34"/>
        <source>Participant signing mode: the participant signs the plan on screen</source>
        <translation>Modo de firma del participante: el participante firma el plan en pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="35"/>
        <source>&amp;Print Customer Copy…</source>
        <translation>&amp;Imprimir copia del cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="35"/>
        <source>Save the participant&apos;s copy of the plan as a PDF</source>
        <translation>Guardar como PDF la copia del plan del participante</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="36"/>
        <source>Record plan re&amp;view…</source>
        <translation>Registrar re&amp;visión del plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="36"/>
        <source>Record that the plan was reviewed with the participant</source>
        <translation>Registrar que el plan se revisó con el participante</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="37"/>
        <source>&amp;Invite to their page…</source>
        <translation>&amp;Invitar a su página…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="38"/>
        <source>Email the participant a link to their own page (sent at the next sync)</source>
        <translation>Enviar al participante por correo un enlace a su propia página (se envía en la próxima sincronización)</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="21"/>
        <source>&amp;New participant…</source>
        <translation>Participante &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="22"/>
        <source>Intake: enter a new participant with their profile, contacts and the program&apos;s plan</source>
        <translation>Admisión: registrar un participante nuevo con su perfil, sus contactos y el plan del programa</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="24"/>
        <source>Edit &amp;profile…</source>
        <translation>Editar &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="25"/>
        <source>Correct the profile, the enrollment status, the contacts; transfer the participant</source>
        <translation>Corregir el perfil, el estado de inscripción, los contactos; transferir al participante</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="27"/>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="27"/>
        <source>Choose a new password for signing in</source>
        <translation>Elegir una contraseña nueva para iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="29"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="29"/>
        <source>Add users, disable them, reset passwords, set role and scope</source>
        <translation>Agregar usuarios, desactivarlos, restablecer contraseñas, fijar rol y ámbito</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="39"/>
        <source>Exchange changes with the central server now</source>
        <translation>Intercambiar cambios con el servidor central ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="41"/>
        <source>Stop the sync; what was exchanged so far is kept</source>
        <translation>Detener la sincronización; lo intercambiado hasta ahora se conserva</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="42"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="44"/>
        <source>Values that lost a concurrent edit: keep one or the other</source>
        <translation>Valores que perdieron una edición simultánea: conserve uno u otro</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="49"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="20"/>
        <source>Add step/service</source>
        <translation>Agregar paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="20"/>
        <source>Add to plan</source>
        <translation>Agregar al plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="27"/>
        <source>Goal*</source>
        <translation>Meta*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="29"/>
        <source>Planned start*</source>
        <translation>Inicio previsto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="31"/>
        <source>Planned due*</source>
        <translation>Fecha límite prevista*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="32"/>
        <source>Weekly hours*</source>
        <translation>Horas semanales*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="35"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
</context>
<context>
    <name>AddStepsTab</name>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="35"/>
        <source>Search the catalog by code or name</source>
        <translation>Buscar en el catálogo por código o nombre</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="35"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="37"/>
        <source>Service type filter</source>
        <translation>Filtro de tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="38"/>
        <source>All service types</source>
        <translation>Todos los tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="40"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="40"/>
        <location filename="../../ui/tabs/add_steps.py" line="54"/>
        <source>Step/service</source>
        <translation>Paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="41"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="42"/>
        <source>Nothing in the catalog matches.</source>
        <translation>Nada del catálogo coincide.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="42"/>
        <source>Step/service catalog</source>
        <translation>Catálogo de pasos/servicios</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="44"/>
        <source>Add to a goal…</source>
        <translation>Agregar a una meta…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="54"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="55"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="55"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="56"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="56"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="57"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="58"/>
        <source>No steps/services yet — pick one from the catalog above.</source>
        <translation>Todavía no hay pasos/servicios — elija uno del catálogo de arriba.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="59"/>
        <source>Steps/services of the plan</source>
        <translation>Pasos/servicios del plan</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="61"/>
        <source>Edit step…</source>
        <translation>Editar paso…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="64"/>
        <source>Double-click or press Enter on a step to edit its status, provider, dollar value, attendance and credentials.</source>
        <translation>Haga doble clic o pulse Intro en un paso para editar su estado, proveedor, valor en dólares, asistencia y credenciales.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="67"/>
        <source>Step/Service Catalog</source>
        <translation>Catálogo de pasos/servicios</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="68"/>
        <source>Steps/Services of Each Goal</source>
        <translation>Pasos/servicios de cada meta</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="16"/>
        <source>Record plan agreement</source>
        <translation>Registrar el acuerdo del plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="16"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="19"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="21"/>
        <source>Signed copy</source>
        <translation>Copia firmada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="21"/>
        <source>The newest signed copy uploaded</source>
        <translation>La copia firmada más reciente que se subió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="23"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="24"/>
        <source>A physical signature on file needs the scan of the signed plan among the uploads (Upload file…, kind “Signed agreement”).</source>
        <translation>Una firma física archivada necesita el escaneo del plan firmado entre los archivos subidos (Subir archivo…, tipo «Acuerdo firmado»).</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="73"/>
        <source>Add assessment</source>
        <translation>Agregar evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="75"/>
        <source>Assessment*</source>
        <translation>Evaluación*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="78"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="79"/>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="48"/>
        <source>Why attendance is unavailable</source>
        <translation>Por qué la asistencia no está disponible</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="51"/>
        <source>Service dates</source>
        <translation>Fechas del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="55"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="56"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="57"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="57"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="57"/>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="59"/>
        <source>Attendance weeks</source>
        <translation>Semanas de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="67"/>
        <source>Choose a week to enter its attendance.</source>
        <translation>Elija una semana para anotar su asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="77"/>
        <source>&amp;Group attendance…</source>
        <translation>Asistencia &amp;grupal…</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="77"/>
        <source>Enter one week for several participants of this step/service</source>
        <translation>Anotar una semana para varios participantes de este paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="96"/>
        <source>Planned %s to %s · %s planned hours a week</source>
        <translation>Previsto del %s al %s · %s horas previstas por semana</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="120"/>
        <source>The Attendance week of %s has unsaved changes.</source>
        <translation>La semana de asistencia del %s tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="132"/>
        <source>Unsaved attendance</source>
        <translation>Asistencia sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="133"/>
        <source>The week of %s has unsaved changes. Discard them?</source>
        <translation>La semana del %s tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>AttendanceWeekGrid</name>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="36"/>
        <source>Attendance week of %s</source>
        <translation>Semana de asistencia del %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="40"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="44"/>
        <source>Unsaved changes: Save (Ctrl+S), Submit or Verify.</source>
        <translation>Cambios sin guardar: Guardar (Ctrl+S), Enviar o Verificar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="47"/>
        <source>Week state</source>
        <translation>Estado de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="52"/>
        <source>Sav&amp;e</source>
        <translation>Guar&amp;dar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="52"/>
        <source>Save the week</source>
        <translation>Guardar la semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="53"/>
        <source>S&amp;ubmit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="53"/>
        <source>Save and submit the week</source>
        <translation>Guardar y enviar la semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="54"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="54"/>
        <source>Submit and verify the week; it is then read-only</source>
        <translation>Enviar y verificar la semana; después queda de solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="83"/>
        <source>Week of {start} – {end}</source>
        <translation>Semana del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="92"/>
        <source>Verified: this week is read-only.</source>
        <translation>Verificada: esta semana es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="94"/>
        <source>Submitted, not verified yet.</source>
        <translation>Enviada, todavía sin verificar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="96"/>
        <source>Not submitted. Type times like 9, 930, 9:30a or 1:15p; Tab moves to the next cell.</source>
        <translation>Sin enviar. Escriba horas como 9, 930, 9:30a o 1:15p; Tab pasa a la celda siguiente.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="35"/>
        <source>Back up this profile</source>
        <translation>Hacer copia de seguridad de este perfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="35"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="38"/>
        <source>Backup file*</source>
        <translation>Archivo de copia*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="39"/>
        <source>Backup passphrase*</source>
        <translation>Frase de contraseña de la copia*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="40"/>
        <source>Passphrase again*</source>
        <translation>Repita la frase de contraseña*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="41"/>
        <source>The backup holds every record and document, encrypted. Keep it on a USB stick or network drive, and the passphrase somewhere else: without it the backup cannot be opened.</source>
        <translation>La copia de seguridad contiene cada registro y documento, cifrados. Guárdela en una memoria USB o una unidad de red, y la frase de contraseña en otro lugar: sin ella la copia no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="48"/>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="49"/>
        <source>Fieldplan backups (*.fieldplan-backup)</source>
        <translation>Copias de seguridad de Fieldplan (*.fieldplan-backup)</translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="20"/>
        <source>New case note</source>
        <translation>Nueva nota de caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="25"/>
        <source>Contact date*</source>
        <translation>Fecha de contacto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="27"/>
        <source>Subject*</source>
        <translation>Asunto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="28"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="30"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="31"/>
        <source>How sent</source>
        <translation>Cómo se envía</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="32"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="32"/>
        <source>Two-way contact with the participant</source>
        <translation>Contacto en ambos sentidos con el participante</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="40"/>
        <source>A goal is off track</source>
        <extracomment>beside the red name, so colour is not the only signal (issue 16); the filter box beside it says what it means</extracomment>
        <translation>Una meta está desviada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="42"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="45"/>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="46"/>
        <source>Ind. #</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="47"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="48"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="49"/>
        <source>Last contact</source>
        <translation>Últ. contacto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="50"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="142"/>
        <source>Search name, preferred name, last 4 SSN, individual #  (Ctrl+F)</source>
        <extracomment>Preferred, Program and Planner: at the default width the list then shows whole columns without scrolling sideways; a right-click on the header (or View ▸ Caseload columns) shows them (search words, other filters) → their rows in the current order, since the caseload was loaded results of earlier searches kept for Backspace (each a list of references, ~80 KB at 10,000 rows) from this many participants the loaded rows leave the cyclic garbage collector&apos;s generations</extracomment>
        <translation>Buscar nombre, nombre preferido, últimos 4 del SSN, n.º individual  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="142"/>
        <source>Search the caseload</source>
        <translation>Buscar en la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="147"/>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="150"/>
        <source>Program filter</source>
        <translation>Filtro de programa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="152"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="155"/>
        <source>Enrollment status filter</source>
        <translation>Filtro de estado de inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="160"/>
        <source>Goal off track</source>
        <translation>Meta desviada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="162"/>
        <source>Contact overdue (30 days)</source>
        <translation>Contacto atrasado (30 días)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="170"/>
        <source>Loading the caseload…</source>
        <translation>Cargando la lista de casos…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="170"/>
        <source>Caseload</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="210"/>
        <source>Show or hide the {column} column of the caseload</source>
        <translation>Mostrar u ocultar la columna {column} de la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="298"/>
        <source>No participants match — clear the search or the filters.</source>
        <translation>Ningún participante coincide — borre la búsqueda o los filtros.</translation>
    </message>
</context>
<context>
    <name>CaseloadTools</name>
    <message>
        <location filename="../../ui/caseload_tools.py" line="20"/>
        <location filename="../../ui/caseload_tools.py" line="80"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="22"/>
        <source>Loading reminders…</source>
        <translation>Cargando recordatorios…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="29"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="31"/>
        <source>Show or hide follow-ups, contacts and reviews that are due</source>
        <translation>Mostrar u ocultar los seguimientos, contactos y revisiones pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="50"/>
        <source>Reminders due</source>
        <translation>Recordatorios pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/caseload_tools.py" line="79"/>
        <source>⚑ %Ln due</source>
        <translation>
            <numerusform>⚑ %Ln pendiente</numerusform>
            <numerusform>⚑ %Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="80"/>
        <source>Reminders ({count})</source>
        <translation>Recordatorios ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="79"/>
        <source>No reminders due</source>
        <translation>No hay recordatorios pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="85"/>
        <source>Nothing due today.</source>
        <translation>Nada vence hoy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/caseload_tools.py" line="85"/>
        <source>%Ln reminders due today or overdue — F9 shows them.</source>
        <translation>
            <numerusform>%Ln recordatorio vence hoy o está atrasado — F9 lo muestra.</numerusform>
            <numerusform>%Ln recordatorios vencen hoy o están atrasados — F9 los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="90"/>
        <source>Fieldplan</source>
        <translation>Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="104"/>
        <source>Regular contact</source>
        <translation>Contacto regular</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="21"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="21"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="22"/>
        <source>Current password*</source>
        <translation>Contraseña actual*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="23"/>
        <source>New password*</source>
        <translation>Contraseña nueva*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="24"/>
        <source>New password again*</source>
        <translation>Repita la contraseña nueva*</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/change_password.py" line="25"/>
        <source>At least %n characters. The next unlock and sign-in ask for the new one.</source>
        <translation>
            <numerusform>Al menos %n carácter. El próximo desbloqueo e inicio de sesión piden la nueva.</numerusform>
            <numerusform>Al menos %n caracteres. El próximo desbloqueo e inicio de sesión piden la nueva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="46"/>
        <source>Compliance</source>
        <extracomment>a rubric level&apos;s colour (the other levels keep the text colour)</extracomment>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="52"/>
        <source>Computing compliance</source>
        <translation>Calculando el cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="53"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="63"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="64"/>
        <source>Participants overdue</source>
        <translation>Participantes con atrasos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="65"/>
        <source>Overdue items</source>
        <translation>Elementos atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="66"/>
        <source>Late on the record</source>
        <translation>Registrados tarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="67"/>
        <location filename="../../ui/dialogs/compliance.py" line="71"/>
        <location filename="../../ui/dialogs/compliance.py" line="90"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="67"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="68"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="69"/>
        <source>Days overdue</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="70"/>
        <source>What clears it</source>
        <translation>Qué lo resuelve</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="71"/>
        <source>What happened late</source>
        <translation>Qué ocurrió tarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="72"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="74"/>
        <source>Overdue for the chosen rule</source>
        <translation>Atrasos de la regla elegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="76"/>
        <source>Late on the record for the chosen rule</source>
        <translation>Registrados tarde para la regla elegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="83"/>
        <source>Timeliness rules</source>
        <translation>Reglas de puntualidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="90"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="93"/>
        <source>Rubric per participant</source>
        <translation>Rúbrica por participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="96"/>
        <source>ISTEP rubric</source>
        <translation>Rúbrica ISTEP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="100"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="103"/>
        <source>Refresh compliance</source>
        <translation>Actualizar el cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="105"/>
        <source>Compute the compliance view again</source>
        <translation>Volver a calcular la vista de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="116"/>
        <source>Computing compliance for your caseload…</source>
        <translation>Calculando el cumplimiento de su lista de casos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="122"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="132"/>
        <source>Compliance could not be computed: {reason}</source>
        <translation>No se pudo calcular el cumplimiento: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/compliance.py" line="138"/>
        <source>%Ln participants on {date}</source>
        <translation>
            <numerusform>%Ln participante el {date}</numerusform>
            <numerusform>%Ln participantes el {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="39"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="42"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="44"/>
        <source>Two devices changed the same value before they synced. The newer change was kept; the other one is shown here until you choose.</source>
        <translation>Dos equipos cambiaron el mismo valor antes de sincronizarse. Se conservó el cambio más reciente; el otro se muestra aquí hasta que usted elija.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="49"/>
        <source>Conflict message</source>
        <translation>Mensaje del conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="51"/>
        <source>Keep the &amp;kept value</source>
        <translation>Conservar el valor &amp;conservado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="54"/>
        <source>Keep the &amp;lost value</source>
        <translation>Conservar el valor &amp;perdido</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="26"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="27"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="27"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="28"/>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="28"/>
        <source>Kept by</source>
        <translation>Conservado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="29"/>
        <source>Kept at</source>
        <translation>Conservado el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="30"/>
        <source>Lost value</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="30"/>
        <source>Lost by</source>
        <translation>Perdido por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="31"/>
        <source>Lost at</source>
        <translation>Perdido el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="26"/>
        <source>(not in a plan)</source>
        <translation>(fuera de un plan)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="25"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="25"/>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="27"/>
        <source>Name*</source>
        <translation>Nombre*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="28"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="28"/>
        <source>Mother, case manager, friend…</source>
        <translation>Madre, gestor de casos, amigo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="29"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="30"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="40"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="41"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="42"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="43"/>
        <source>Attained</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="44"/>
        <source>Work exp.</source>
        <translation>Exp. laboral</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="44"/>
        <location filename="../../ui/step_editor/credentials_tab.py" line="62"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="44"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="46"/>
        <source>Earned credentials</source>
        <translation>Credenciales obtenidas</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="50"/>
        <location filename="../../ui/step_editor/credentials_tab.py" line="85"/>
        <source>Add credential</source>
        <translation>Agregar credencial</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="53"/>
        <source>Name*</source>
        <translation>Nombre*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="54"/>
        <source>Credential source*</source>
        <translation>Fuente de la credencial*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="54"/>
        <location filename="../../ui/step_editor/credentials_tab.py" line="56"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="55"/>
        <source>Date attained*</source>
        <translation>Fecha de obtención*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="56"/>
        <source>Credential type*</source>
        <translation>Tipo de credencial*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="57"/>
        <source>Institution*</source>
        <translation>Institución*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="61"/>
        <source>Description*</source>
        <translation>Descripción*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="62"/>
        <source>Work experience in the field</source>
        <translation>Experiencia laboral en el campo</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="67"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="67"/>
        <source>Clear the form to add another credential</source>
        <translation>Vaciar el formulario para agregar otra credencial</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="68"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="68"/>
        <source>Remove the selected credential</source>
        <translation>Quitar la credencial seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="69"/>
        <source>Sa&amp;ve credential</source>
        <translation>Guar&amp;dar credencial</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="69"/>
        <source>Save this credential</source>
        <translation>Guardar esta credencial</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="103"/>
        <source>Edit credential “%s”</source>
        <translation>Editar la credencial «%s»</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="115"/>
        <source>The credential “%s” has unsaved changes.</source>
        <translation>La credencial «%s» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="116"/>
        <source>The new credential on the Earned Credentials sub-tab is not saved yet.</source>
        <translation>La credencial nueva de la subpestaña Credenciales obtenidas todavía no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>CustomerCopyPrinter</name>
    <message>
        <location filename="../../ui/print_plan.py" line="27"/>
        <source>Save the customer copy</source>
        <translation>Guardar la copia del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/print_plan.py" line="27"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_plan.py" line="51"/>
        <source>The customer copy could not be saved: {0}</source>
        <translation>No se pudo guardar la copia del cliente: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_plan.py" line="54"/>
        <source>Print Customer Copy</source>
        <translation>Imprimir copia del cliente</translation>
    </message>
</context>
<context>
    <name>CustomerServicesReport</name>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="52"/>
        <source>Customer Services Report</source>
        <translation>Informe de servicios al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="56"/>
        <source>Steps/services by status</source>
        <translation>Pasos/servicios por estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="64"/>
        <source>Participants of the chosen cell</source>
        <translation>Participantes de la celda elegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="69"/>
        <source>Choose a number in the table above to list its participants.</source>
        <translation>Elija un número en la tabla de arriba para ver sus participantes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="71"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="71"/>
        <source>(keep)</source>
        <translation>(conservar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="72"/>
        <source>Start date:</source>
        <translation>Fecha de inicio:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="73"/>
        <source>End date:</source>
        <translation>Fecha de fin:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="74"/>
        <source>Planned due date:</source>
        <translation>Fecha límite prevista:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="75"/>
        <source>Weekly hours:</source>
        <translation>Horas semanales:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="79"/>
        <source>Row errors</source>
        <translation>Errores de las filas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="88"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="89"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="90"/>
        <source>Service type:</source>
        <translation>Tipo de servicio:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="91"/>
        <source>Grantee:</source>
        <translation>Beneficiario de la subvención:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="92"/>
        <source>Service provider:</source>
        <translation>Proveedor del servicio:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="93"/>
        <source>Start date begin range:</source>
        <translation>Fecha de inicio, desde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="94"/>
        <source>Start date end range:</source>
        <translation>Fecha de inicio, hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="95"/>
        <source>Customer enrollment status:</source>
        <translation>Estado de inscripción del cliente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="105"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="105"/>
        <source>Count the steps/services that match the filters</source>
        <translation>Contar los pasos/servicios que coinciden con los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="106"/>
        <source>Set for selected</source>
        <translation>Aplicar a los seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="107"/>
        <source>Put these values on the selected participants (not saved yet)</source>
        <translation>Poner estos valores en los participantes seleccionados (todavía sin guardar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="108"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="108"/>
        <source>Validate every row and save them all at once</source>
        <translation>Validar cada fila y guardarlas todas a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="109"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="109"/>
        <source>Save this list as an Excel workbook</source>
        <translation>Guardar esta lista como libro de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="110"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="110"/>
        <source>Read the list back from an Excel workbook</source>
        <translation>Volver a leer la lista desde un libro de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="185"/>
        <source>{0} — {1}: {2} participants</source>
        <translation>{0} — {1}: {2} participantes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="185"/>
        <source>{0} — {1}: 1 participant</source>
        <translation>{0} — {1}: 1 participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="186"/>
        <source>every status</source>
        <translation>todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="194"/>
        <source>Select one or more participants in the list first.</source>
        <translation>Seleccione primero uno o más participantes de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="209"/>
        <source>Nothing to save: change a row first.</source>
        <translation>No hay nada que guardar: cambie primero una fila.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="215"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="220"/>
        <source>Saved {0} steps/services.</source>
        <translation>Se guardaron {0} pasos/servicios.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="231"/>
        <source>Nothing was saved: {0}</source>
        <translation>No se guardó nada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="234"/>
        <source>Nothing was saved. Fix these rows:</source>
        <translation>No se guardó nada. Corrija estas filas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="238"/>
        <source>Exported {0} rows to {1}.</source>
        <translation>Se exportaron {0} filas a {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="242"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="246"/>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="251"/>
        <source>Import the list</source>
        <translation>Importar la lista</translation>
    </message>
</context>
<context>
    <name>DollarValueTab</name>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="59"/>
        <source>Why payments are unavailable</source>
        <translation>Por qué los pagos no están disponibles</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="62"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="63"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="91"/>
        <source>Subtype</source>
        <translation>Subtipo</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="64"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="65"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="66"/>
        <source>Unit amount</source>
        <translation>Cantidad por unidad</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="67"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="68"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="69"/>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="70"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="104"/>
        <source>Fund source</source>
        <translation>Fuente de fondos</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="72"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="77"/>
        <source>Edit payment</source>
        <translation>Editar pago</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="77"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="169"/>
        <source>Remove payment</source>
        <translation>Quitar pago</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="84"/>
        <source>Current total</source>
        <translation>Total actual</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="86"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="188"/>
        <source>Add payment</source>
        <translation>Agregar pago</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="90"/>
        <source>Service type*</source>
        <translation>Tipo de servicio*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="92"/>
        <source>Payment method*</source>
        <translation>Método de pago*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="92"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="93"/>
        <source>Payment date*</source>
        <translation>Fecha de pago*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="98"/>
        <source>Unit amount*</source>
        <translation>Cantidad por unidad*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="103"/>
        <source>Quantity*</source>
        <translation>Cantidad*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="110"/>
        <source>Payment total</source>
        <translation>Total del pago</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="112"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="189"/>
        <source>Add pa&amp;yment</source>
        <translation>Agregar pa&amp;go</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="112"/>
        <source>Record this payment</source>
        <translation>Registrar este pago</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="125"/>
        <source>The payment typed on the Dollar Value sub-tab is not added yet.</source>
        <translation>El pago escrito en la subpestaña Valor en dólares todavía no se ha agregado.</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="132"/>
        <source>Total for this payment: %s</source>
        <translation>Total de este pago: %s</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="143"/>
        <source>Current total: %s</source>
        <translation>Total actual: %s</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="158"/>
        <source>Edit payment of {date}</source>
        <translation>Editar el pago del {date}</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="161"/>
        <source>Save pa&amp;yment</source>
        <translation>Guardar pa&amp;go</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="169"/>
        <source>Remove the payment of %1?</source>
        <translation>¿Quitar el pago del %1?</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="58"/>
        <source>Last Name</source>
        <extracomment>marked for lupdate in this class&apos;s context; headerData translates them (error messages use the English)</extracomment>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="58"/>
        <source>First Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="59"/>
        <source>Edit Step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="59"/>
        <source>Status *</source>
        <translation>Estado *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="60"/>
        <source>Start Date *</source>
        <translation>Fecha de inicio *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="60"/>
        <source>End Date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="61"/>
        <source>Planned Due Date *</source>
        <translation>Fecha límite prevista *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="61"/>
        <source>Weekly Hours *</source>
        <translation>Horas semanales *</translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="32"/>
        <source>Worksite name*</source>
        <extracomment>a worksite&apos;s fields (field, label marked for the catalog; self.tr(label) translates it on screen)</extracomment>
        <translation>Nombre del lugar de trabajo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="32"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="33"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="33"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="34"/>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="44"/>
        <source>Employers, worksites and jobs</source>
        <translation>Empleadores, lugares de trabajo y empleos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="47"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="47"/>
        <source>Worksite</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="48"/>
        <source>Job</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="48"/>
        <location filename="../../ui/dialogs/employers.py" line="86"/>
        <location filename="../../ui/dialogs/employers.py" line="182"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="49"/>
        <source>Total number of openings</source>
        <translation>Número total de vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="50"/>
        <source>Hourly wage</source>
        <translation>Salario por hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="51"/>
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="53"/>
        <source>Remove job</source>
        <translation>Quitar empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="55"/>
        <source>Remove the chosen job from the worksite</source>
        <translation>Quitar el empleo elegido del lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="64"/>
        <source>Edit employer…</source>
        <translation>Editar empleador…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="64"/>
        <source>Edit worksite…</source>
        <translation>Editar lugar de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="64"/>
        <source>Edit job…</source>
        <translation>Editar empleo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="69"/>
        <source>Remove employer</source>
        <translation>Quitar empleador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="69"/>
        <source>Remove worksite</source>
        <translation>Quitar lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="79"/>
        <location filename="../../ui/dialogs/employers.py" line="169"/>
        <source>Employer name*</source>
        <translation>Nombre del empleador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="80"/>
        <location filename="../../ui/dialogs/employers.py" line="170"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="81"/>
        <source>Employer*</source>
        <translation>Empleador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="84"/>
        <source>Worksite*</source>
        <translation>Lugar de trabajo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="85"/>
        <location filename="../../ui/dialogs/employers.py" line="181"/>
        <source>Job title*</source>
        <translation>Puesto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="87"/>
        <location filename="../../ui/dialogs/employers.py" line="183"/>
        <source>Total number of openings*</source>
        <translation>Número total de vacantes*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="90"/>
        <location filename="../../ui/dialogs/employers.py" line="184"/>
        <source>Hourly wage*</source>
        <translation>Salario por hora*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="93"/>
        <source>Add employer</source>
        <translation>Agregar empleador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="94"/>
        <source>Add worksite</source>
        <translation>Agregar lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="95"/>
        <source>Add job</source>
        <translation>Agregar empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="169"/>
        <source>Edit employer</source>
        <translation>Editar empleador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="174"/>
        <source>Edit worksite</source>
        <translation>Editar lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="181"/>
        <source>Edit job</source>
        <translation>Editar empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="197"/>
        <location filename="../../ui/dialogs/employers.py" line="205"/>
        <location filename="../../ui/dialogs/employers.py" line="206"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="197"/>
        <source>Remove “%1” with its worksites and jobs?</source>
        <translation>¿Quitar «%1» con sus lugares de trabajo y empleos?</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="162"/>
        <source>Edit employment</source>
        <translation>Editar empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="162"/>
        <source>Add employment after exit</source>
        <translation>Agregar empleo después de la salida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="166"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="166"/>
        <source>Currently employed by this employer</source>
        <translation>Empleado actualmente por este empleador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="167"/>
        <source>Employer name*</source>
        <translation>Nombre del empleador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="168"/>
        <source>Start date*</source>
        <translation>Fecha de inicio*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="169"/>
        <source>Job title*</source>
        <translation>Puesto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="170"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="170"/>
        <source>MM/DD/YYYY — empty while current</source>
        <translation>MM/DD/AAAA — vacío mientras sea actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="171"/>
        <source>Street address 1</source>
        <translation>Dirección 1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="172"/>
        <source>Street address 2</source>
        <translation>Dirección 2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="173"/>
        <source>Employer city*</source>
        <translation>Ciudad del empleador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="174"/>
        <source>Employer state*</source>
        <translation>Estado del empleador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="175"/>
        <source>Employer ZIP code*</source>
        <translation>Código postal del empleador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="176"/>
        <source>Job duties*</source>
        <translation>Funciones del puesto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="177"/>
        <source>Hours per week*</source>
        <translation>Horas por semana*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="180"/>
        <source>Meets needs</source>
        <translation>Satisface necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="180"/>
        <source>This job meets the participant&apos;s needs</source>
        <translation>Este empleo satisface las necesidades del participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="181"/>
        <source>Why or why not?</source>
        <translation>¿Por qué sí o por qué no?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="183"/>
        <source>Does this job meet your needs? Why or why not?</source>
        <translation>¿Este empleo satisface sus necesidades? ¿Por qué sí o por qué no?</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="21"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="25"/>
        <source>Fieldplan ran into a problem it did not expect. Your saved work is safe: every change is saved in one step or not at all.

If it happens again, copy the details below and send them to your administrator.</source>
        <translation>Fieldplan encontró un problema inesperado. Su trabajo guardado está a salvo: cada cambio se guarda en un solo paso o no se guarda.

Si vuelve a ocurrir, copie los detalles de abajo y envíeselos a su administrador.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="31"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="34"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="130"/>
        <source>Record exit</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="130"/>
        <source>Save exit status</source>
        <translation>Guardar estado de salida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="135"/>
        <source>Early exit</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="135"/>
        <source>Customer left program before completion</source>
        <translation>El cliente dejó el programa antes de terminarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="139"/>
        <source>The exit checklist is not complete ({missing}), so only an early exit can be recorded.</source>
        <translation>La lista de verificación de salida no está completa ({missing}), así que solo se puede registrar una salida anticipada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="141"/>
        <source>Date of program exit*</source>
        <translation>Fecha de salida del programa*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="142"/>
        <source>Exit reason*</source>
        <translation>Motivo de salida*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="142"/>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="143"/>
        <source>Case note*</source>
        <translation>Nota de caso*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="144"/>
        <source>Why the participant left the program without completing it</source>
        <translation>Por qué el participante dejó el programa sin terminarlo</translation>
    </message>
</context>
<context>
    <name>ExportCaseloadDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="32"/>
        <source>Export caseload summary</source>
        <translation>Exportar resumen de casos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="34"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="35"/>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="37"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="39"/>
        <source>Career planner:</source>
        <translation>Planificador de carrera:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="40"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="41"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="43"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="47"/>
        <source>Save as*:</source>
        <translation>Guardar como*:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="50"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="53"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="69"/>
        <source>Save caseload summary</source>
        <translation>Guardar resumen de casos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="76"/>
        <source>Choose where to save the workbook.</source>
        <translation>Elija dónde guardar el libro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="78"/>
        <source>Give both dates of the range, or neither.</source>
        <translation>Indique las dos fechas del rango, o ninguna.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="99"/>
        <source>Reading the caseload…</source>
        <translation>Leyendo la lista de casos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="118"/>
        <source>Writing rows: {0} of {1}</source>
        <translation>Escribiendo filas: {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="123"/>
        <source>Exported {0} participants to {1}.</source>
        <translation>Se exportaron {0} participantes a {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="130"/>
        <source>The export failed: {0}</source>
        <translation>La exportación falló: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="134"/>
        <source>The export stopped unexpectedly.</source>
        <translation>La exportación se detuvo inesperadamente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="151"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="28"/>
        <source>Welcome to Fieldplan</source>
        <translation>Bienvenido a Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="33"/>
        <source>&lt;b&gt;Create your Fieldplan profile&lt;/b&gt;&lt;br&gt;It is stored encrypted in {folder}. You become its administrator.</source>
        <translation>&lt;b&gt;Cree su perfil de Fieldplan&lt;/b&gt;&lt;br&gt;Se guarda cifrado en {folder}. Usted será su administrador.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="38"/>
        <source>Administrator user name*</source>
        <translation>Nombre de usuario del administrador*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="39"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Password*</source>
        <translation>Contraseña*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Password again*</source>
        <translation>Repita la contraseña*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="43"/>
        <source>Passphrase*</source>
        <translation>Frase de contraseña*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="43"/>
        <source>Passphrase again*</source>
        <translation>Repita la frase de contraseña*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45"/>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45"/>
        <source>Load a demo caseload to try Fieldplan</source>
        <translation>Cargar una lista de casos de demostración para probar Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="53"/>
        <source>This computer has no keyring: the passphrase protects the database key. You will type it each time Fieldplan starts.</source>
        <translation>Este equipo no tiene llavero: la frase de contraseña protege la clave de la base de datos. La escribirá cada vez que inicie Fieldplan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="59"/>
        <source>Demo caseload progress</source>
        <translation>Progreso de la lista de casos de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="66"/>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="133"/>
        <source>Creating the demo caseload… (Cancel keeps what is done)</source>
        <translation>Creando la lista de casos de demostración… (Cancelar conserva lo hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="152"/>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo después del lote actual…</translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="212"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="209"/>
        <source>{days}-day follow-up</source>
        <translation>Seguimiento de {days} días</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/placement.py" line="212"/>
        <source>%n days after the start</source>
        <translation>
            <numerusform>%n día después del inicio</numerusform>
            <numerusform>%n días después del inicio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="213"/>
        <source>Hourly wage now</source>
        <translation>Salario por hora actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="215"/>
        <source>I have verified employment</source>
        <translation>He verificado el empleo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="217"/>
        <source>Two-way contact with the participant</source>
        <translation>Contacto en ambos sentidos con el participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="218"/>
        <source>Case note</source>
        <translation>Nota de caso</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="18"/>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="18"/>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="22"/>
        <source>Goal statement*</source>
        <translation>Enunciado de la meta*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="23"/>
        <source>What the participant will achieve, in their words</source>
        <translation>Lo que logrará el participante, en sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="25"/>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="28"/>
        <source>Category*</source>
        <translation>Categoría*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="29"/>
        <source>Term*</source>
        <translation>Plazo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="30"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="31"/>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="32"/>
        <source>Why this goal fits, from the assessments (IEP policy)</source>
        <translation>Por qué esta meta es adecuada, según las evaluaciones (política del IEP)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="38"/>
        <source>A new goal, or a goal set Off Track, needs the participant&apos;s agreement again.</source>
        <translation>Una meta nueva, o una meta marcada como Desviada, necesita de nuevo el acuerdo del participante.</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceDialog</name>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="65"/>
        <source>Group attendance – %s</source>
        <translation>Asistencia grupal – %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="71"/>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="73"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="81"/>
        <source>Participants in this group</source>
        <translation>Participantes de este grupo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="87"/>
        <source>&amp;Find others in this step</source>
        <translation>&amp;Buscar otros en este paso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="87"/>
        <source>Add every participant of your caseload with this step Started/Open</source>
        <translation>Agregar a cada participante de su lista de casos con este paso Iniciado/Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="94"/>
        <source>Participant shown</source>
        <translation>Participante mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="98"/>
        <source>&amp;Copy to all checked</source>
        <translation>&amp;Copiar a todos los marcados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="98"/>
        <source>Give every checked participant these times</source>
        <translation>Dar estas horas a cada participante marcado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="108"/>
        <source>Group attendance problems</source>
        <translation>Problemas de la asistencia grupal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="111"/>
        <source>Checked participants are saved together: all of them, or none.</source>
        <translation>Los participantes marcados se guardan juntos: todos o ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="114"/>
        <source>&amp;Save all</source>
        <translation>&amp;Guardar todos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="114"/>
        <source>Save the week for every checked participant</source>
        <translation>Guardar la semana de cada participante marcado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="115"/>
        <source>S&amp;ubmit all</source>
        <translation>&amp;Enviar todos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="115"/>
        <source>Save and submit the week for every checked participant</source>
        <translation>Guardar y enviar la semana de cada participante marcado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="116"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="162"/>
        <source> (verified)</source>
        <translation> (verificada)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="164"/>
        <source> (not Started/Open)</source>
        <translation> (no Iniciado/Abierto)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="224"/>
        <source>Check at least one participant to save.</source>
        <translation>Marque al menos un participante para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="237"/>
        <source>Saved the week of %s for 1 participant.</source>
        <translation>Se guardó la semana del %s para 1 participante.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="237"/>
        <source>Saved the week of %s for %d participants.</source>
        <translation>Se guardó la semana del %s para %d participantes.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../ui/help.py" line="20"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="21"/>
        <source>The career plan at a glance: goals and their steps, case notes, assessments and the Customer Goal/Plan Agreement. Record the agreement after the participant agreed to a new or changed goal.</source>
        <translation>El plan de carrera de un vistazo: metas y sus pasos, notas de caso, evaluaciones y el acuerdo del cliente sobre metas y plan. Registre el acuerdo después de que el participante aceptó una meta nueva o cambiada.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="23"/>
        <location filename="../../ui/help.py" line="34"/>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="23"/>
        <source>New case note</source>
        <translation>Nueva nota de caso</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="24"/>
        <source>Record plan agreement</source>
        <translation>Registrar el acuerdo del plan</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="25"/>
        <source>The participant signs on screen</source>
        <translation>El participante firma en la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="26"/>
        <source>Print Customer Copy (PDF)</source>
        <translation>Imprimir la copia del cliente (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>1. Review Assessment</source>
        <translation>1. Revisar evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="28"/>
        <source>Step 1: conduct and review the assessments, summarize their results and record results of assessments done elsewhere. Use them to discuss and develop goals with the participant.</source>
        <translation>Paso 1: realice y revise las evaluaciones, resuma sus resultados y registre los resultados de evaluaciones hechas en otro lugar. Úselos para conversar y elaborar metas con el participante.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="30"/>
        <source>Move between fields; Ctrl+Tab types a tab in a text box</source>
        <translation>Pasar de un campo a otro; Ctrl+Tab escribe un tabulador en un cuadro de texto</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="31"/>
        <source>2. Set Goals</source>
        <translation>2. Fijar metas</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="32"/>
        <source>Step 2: the participant&apos;s immediate, 1-year and long-term goals. A goal that is added or marked Off Track needs the participant&apos;s agreement to the update.</source>
        <translation>Paso 2: las metas inmediatas, a 1 año y a largo plazo del participante. Una meta que se agrega o se marca como Desviado necesita que el participante acepte el cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Edit the selected goal</source>
        <translation>Editar la meta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="35"/>
        <source>3. Add Steps/Services</source>
        <translation>3. Agregar pasos/servicios</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="36"/>
        <source>Step 3: the steps/services that reach each goal, with provider, planned start and end dates and weekly hours; open a step to record attendance, credentials, status and worksite placements.</source>
        <translation>Paso 3: los pasos/servicios que llevan a cada meta, con proveedor, fechas previstas de inicio y fin y horas semanales; abra un paso para registrar asistencia, credenciales, estado y colocaciones en el lugar de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="38"/>
        <source>Add the selected step/service to a goal</source>
        <translation>Agregar el paso/servicio seleccionado a una meta</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="39"/>
        <location filename="../../ui/help.py" line="40"/>
        <source>Open the selected step</source>
        <translation>Abrir el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="41"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="42"/>
        <source>Measurable skill gains, credentials, employment and success stories; the exit from the program.</source>
        <translation>Avances medibles de habilidades, credenciales, empleo e historias de éxito; la salida del programa.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="44"/>
        <source>Update Log</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="45"/>
        <source>Who changed what and when, uploads, and conflicts from sync that wait for a choice.</source>
        <translation>Quién cambió qué y cuándo, los archivos subidos y los conflictos de sincronización que esperan una decisión.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="46"/>
        <source>Resolve conflicts</source>
        <translation>Resolver conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="46"/>
        <source>Upload a file</source>
        <translation>Subir un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="51"/>
        <source>This guide</source>
        <extracomment>the window&apos;s own keys, in every tab&apos;s guide (translated where shown)</extracomment>
        <translation>Esta guía</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="51"/>
        <source>Find a participant</source>
        <translation>Buscar un participante</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="52"/>
        <source>Show a plan tab</source>
        <translation>Mostrar una pestaña del plan</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="52"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="53"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="53"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="54"/>
        <source>Close a dialog (asks first if you typed something)</source>
        <translation>Cerrar un cuadro de diálogo (pregunta antes si escribió algo)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="62"/>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="63"/>
        <source>Help ▸ About Fieldplan shows the version and where this profile lives.</source>
        <translation>Ayuda ▸ Acerca de Fieldplan muestra la versión y dónde está este perfil.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="71"/>
        <source>Guide — {title}</source>
        <translation>Guía — {title}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="109"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="56"/>
        <location filename="../../ui/widgets/lock_view.py" line="66"/>
        <source>Fieldplan is locked</source>
        <translation>Fieldplan está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="68"/>
        <source>Signed in as {user}. Enter your password to continue.</source>
        <translation>Sesión iniciada como {user}. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="72"/>
        <location filename="../../ui/widgets/lock_view.py" line="73"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="76"/>
        <source>Unlock error</source>
        <translation>Error de desbloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="77"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="101"/>
        <source>That password is not right. Try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Fieldplan — Career Plans</source>
        <extracomment>below this the plan cannot be read without scrolling both ways (issue 16: 1024×700 must stay usable)</extracomment>
        <translation>Fieldplan — Planes de carrera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Career plan</source>
        <translation>Plan de carrera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Select a participant on the left to open their career plan.

Ctrl+F searches the caseload.</source>
        <translation>Seleccione un participante a la izquierda para abrir su plan de carrera.

Ctrl+F busca en la lista de casos.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Opening the plans…</source>
        <extracomment>what _attach imports; ui/startup.py imports them off the GUI thread while the workspace loads</extracomment>
        <translation>Abriendo los planes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Profile: {folder}</source>
        <translation>Perfil: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="304"/>
        <source>%Ln participants in your caseload</source>
        <translation>
            <numerusform>%Ln participante en su lista de casos</numerusform>
            <numerusform>%Ln participantes en su lista de casos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>About Fieldplan</source>
        <translation>Acerca de Fieldplan</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="16"/>
        <location filename="../../ui/dialogs/services_report_models.py" line="35"/>
        <source>Not Started</source>
        <extracomment>header tips of the status columns, marked for lupdate in the MatrixModel context (matrix_columns translates them)</extracomment>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="16"/>
        <location filename="../../ui/dialogs/services_report_models.py" line="35"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="17"/>
        <source>Successful Completion</source>
        <translation>Finalización exitosa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="17"/>
        <source>Unsuccessful Completion</source>
        <translation>Finalización no exitosa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="18"/>
        <source>Evaluated/Not Required</source>
        <translation>Evaluado/No requerido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="37"/>
        <source>Step/Service</source>
        <translation>Paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="38"/>
        <source>Service Type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="35"/>
        <source>Successful</source>
        <translation>Exitoso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="36"/>
        <source>Unsuccessful</source>
        <translation>No exitoso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="36"/>
        <source>Evaluated/
Not Required</source>
        <translation>Evaluado/
No requerido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="41"/>
        <source>With step</source>
        <translation>Con el paso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="43"/>
        <source>Without step</source>
        <translation>Sin el paso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="42"/>
        <source>Total customers with the step/service</source>
        <translation>Total de clientes con el paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="44"/>
        <source>Total customers without the step/service</source>
        <translation>Total de clientes sin el paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="33"/>
        <source>Open the list of participants (Enter)</source>
        <translation>Abrir la lista de participantes (Intro)</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="38"/>
        <location filename="../../ui/tabs/outcomes.py" line="67"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="38"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="38"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="45"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="50"/>
        <source>Date attained</source>
        <translation>Fecha de obtención</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="51"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="52"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="53"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="54"/>
        <source>No measurable skill gains yet — Add… records one with its proof.</source>
        <translation>Todavía no hay avances medibles de habilidades — Agregar… registra uno con su prueba.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="55"/>
        <source>Measurable skill gains</source>
        <translation>Avances medibles de habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="57"/>
        <source>Add skill gain…</source>
        <translation>Agregar avance de habilidades…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="57"/>
        <location filename="../../ui/tabs/outcomes.py" line="70"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="60"/>
        <source>Measurable Skill Gains</source>
        <translation>Avances medibles de habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="62"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="63"/>
        <source>Program type</source>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="64"/>
        <source>Service provider</source>
        <translation>Proveedor del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="65"/>
        <source>Career pathway</source>
        <translation>Trayectoria profesional</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="66"/>
        <source>Date created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="68"/>
        <source>No success stories yet.</source>
        <translation>Todavía no hay historias de éxito.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="68"/>
        <source>Success stories</source>
        <translation>Historias de éxito</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="70"/>
        <source>Add story…</source>
        <translation>Agregar historia…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="70"/>
        <location filename="../../ui/tabs/outcomes.py" line="103"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="75"/>
        <source>Success Stories</source>
        <translation>Historias de éxito</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="79"/>
        <source>Exit status</source>
        <translation>Estado de salida</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="81"/>
        <source>Why the exit is not available</source>
        <translation>Por qué la salida no está disponible</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="82"/>
        <source>Record exit…</source>
        <translation>Registrar salida…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="84"/>
        <source>Undo exit…</source>
        <translation>Deshacer salida…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="85"/>
        <source>An administrator or program manager undoes a wrong exit, with the reason</source>
        <translation>Un administrador o gerente de programa deshace una salida errónea, con el motivo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="87"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="92"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="93"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="94"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="95"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="95"/>
        <source>Present</source>
        <translation>Actualidad</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="96"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="97"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="98"/>
        <source>Hours/week</source>
        <translation>Horas/semana</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="99"/>
        <source>Meets needs</source>
        <translation>Satisface necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="100"/>
        <source>Employment after exit</source>
        <translation>Empleo después de la salida</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="103"/>
        <source>Add employment…</source>
        <translation>Agregar empleo…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="106"/>
        <source>Employment After Exit</source>
        <translation>Empleo después de la salida</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="130"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="130"/>
        <source>Not complete</source>
        <translation>No completo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="143"/>
        <source>Exited on {date} — left early: {reason}</source>
        <translation>Salió el {date} — salida anticipada: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="144"/>
        <source>Exited on {date}</source>
        <translation>Salió el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="145"/>
        <source>The early exit&apos;s case note is on the Overview.</source>
        <translation>La nota de caso de la salida anticipada está en el Resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="146"/>
        <source>No employment after exit yet — Add employment… records a job.</source>
        <translation>Todavía no hay empleo después de la salida — Agregar empleo… registra uno.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="148"/>
        <source>Not exited — the exit checklist is complete.</source>
        <translation>Sin salida — la lista de verificación de salida está completa.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="149"/>
        <source>Record exit… exits the participant and sets the enrollment status to Exited.</source>
        <translation>Registrar salida… da de baja al participante y pone el estado de inscripción en Salido.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="150"/>
        <location filename="../../ui/tabs/outcomes.py" line="157"/>
        <source>Employment is recorded after the exit.</source>
        <translation>El empleo se registra después de la salida.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="153"/>
        <source>Not exited.</source>
        <translation>Sin salida.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="154"/>
        <source>The normal exit needs the exit checklist complete; still missing:</source>
        <translation>La salida normal necesita la lista de verificación completa; todavía falta:</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="155"/>
        <source>Until then only an early exit can be recorded: the participant left the program before completion (date, reason and a case note).</source>
        <translation>Hasta entonces solo se puede registrar una salida anticipada: el participante dejó el programa antes de terminarlo (fecha, motivo y una nota de caso).</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/tabs/overview.py" line="42"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="43"/>
        <source>Related Steps</source>
        <translation>Pasos relacionados</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="44"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="45"/>
        <source>Earliest Start</source>
        <translation>Primer inicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="46"/>
        <source>Latest Planned Due</source>
        <translation>Último vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="47"/>
        <location filename="../../ui/tabs/overview.py" line="93"/>
        <location filename="../../ui/tabs/overview.py" line="111"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="68"/>
        <source>No goals yet — Ctrl+G adds one</source>
        <translation>Todavía no hay metas — Ctrl+G agrega una</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="68"/>
        <location filename="../../ui/tabs/overview.py" line="71"/>
        <source>Career Plan</source>
        <translation>Plan de carrera</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="77"/>
        <source>Contact date</source>
        <translation>Fecha de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="78"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="80"/>
        <source>How sent</source>
        <translation>Cómo se envía</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="81"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="82"/>
        <source>Two-way</source>
        <translation>Ambos sentidos</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="83"/>
        <source>No case notes yet — Ctrl+N adds one</source>
        <translation>Todavía no hay notas de caso — Ctrl+N agrega una</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="83"/>
        <source>Case notes</source>
        <translation>Notas de caso</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="85"/>
        <source>Add case note…</source>
        <translation>Agregar nota de caso…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="87"/>
        <source>Case Notes</source>
        <translation>Notas de caso</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="92"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="94"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="95"/>
        <source>No agreement recorded yet.</source>
        <translation>Todavía no hay ningún acuerdo registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="95"/>
        <source>Agreement history</source>
        <translation>Historial de acuerdos</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="97"/>
        <source>Record agreement…</source>
        <translation>Registrar acuerdo…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="99"/>
        <source>Sign the plan…</source>
        <translation>Firmar el plan…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="100"/>
        <source>The participant signs on screen (Ctrl+Shift+G)</source>
        <translation>El participante firma en pantalla (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="102"/>
        <source>Print Customer Copy…</source>
        <translation>Imprimir copia del cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="103"/>
        <source>Save the customer copy of the plan as a PDF (Ctrl+P)</source>
        <translation>Guardar como PDF la copia del cliente del plan (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="105"/>
        <source>Record plan review…</source>
        <translation>Registrar revisión del plan…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="107"/>
        <source>Latest Customer Goal/Plan Agreement</source>
        <translation>Último acuerdo del cliente sobre metas y plan</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="110"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="112"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="113"/>
        <source>No assessments listed.</source>
        <translation>No hay evaluaciones en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="113"/>
        <location filename="../../ui/tabs/overview.py" line="117"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="115"/>
        <source>Add assessment…</source>
        <translation>Agregar evaluación…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="124"/>
        <source>Career pathway</source>
        <translation>Trayectoria profesional</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="125"/>
        <source>Occupation 1</source>
        <translation>Ocupación 1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="126"/>
        <source>Occupation 2</source>
        <translation>Ocupación 2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="127"/>
        <source>Wage goal</source>
        <translation>Salario deseado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="131"/>
        <source> per hour</source>
        <translation> por hora</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="132"/>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="133"/>
        <source>Save career path</source>
        <translation>Guardar trayectoria profesional</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="135"/>
        <source>Desired Career Path</source>
        <translation>Trayectoria profesional deseada</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="138"/>
        <source>Earned credentials</source>
        <translation>Credenciales obtenidas</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="138"/>
        <source>Completed goals</source>
        <translation>Metas cumplidas</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="139"/>
        <source>Completed services</source>
        <translation>Servicios completados</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="150"/>
        <source>Accomplishments</source>
        <translation>Logros</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="166"/>
        <source>Case Notes ({count})</source>
        <translation>Notas de caso ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="171"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="61"/>
        <source>Worksite placement</source>
        <translation>Colocación en un lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="65"/>
        <source>Job*</source>
        <translation>Empleo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="70"/>
        <source>Position type*</source>
        <translation>Tipo de puesto*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="71"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="74"/>
        <source>How many hours a week?</source>
        <translation>¿Cuántas horas por semana?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="77"/>
        <location filename="../../ui/dialogs/placement.py" line="87"/>
        <source>Inactive date</source>
        <translation>Fecha de inactividad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="78"/>
        <location filename="../../ui/dialogs/placement.py" line="87"/>
        <source>Return date</source>
        <translation>Fecha de regreso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="81"/>
        <source>Total subsidized days</source>
        <translation>Total de días subsidiados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="84"/>
        <location filename="../../ui/dialogs/placement.py" line="91"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="86"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="88"/>
        <source>Subsidized start</source>
        <translation>Inicio subsidiado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="88"/>
        <source>Subsidized end</source>
        <translation>Fin subsidiado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="89"/>
        <source>Total days subsidized</source>
        <translation>Total de días subsidiados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="90"/>
        <source>Updated date</source>
        <translation>Fecha de actualización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="90"/>
        <source>Updated by</source>
        <translation>Actualizado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="93"/>
        <location filename="../../ui/dialogs/placement.py" line="98"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="95"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="95"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="96"/>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="96"/>
        <source>Wage</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="97"/>
        <source>Employment verified</source>
        <translation>Empleo verificado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="101"/>
        <source>Review follow-up…</source>
        <translation>Revisar seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="103"/>
        <source>Review the chosen follow-up: verify employment and update the wage</source>
        <translation>Revisar el seguimiento elegido: verificar el empleo y actualizar el salario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="119"/>
        <source>Remove placement…</source>
        <translation>Quitar colocación…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="120"/>
        <source>Remove this worksite placement (placed by mistake, or in the wrong job)</source>
        <translation>Quitar esta colocación (hecha por error, o en el empleo equivocado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="147"/>
        <source>Days subsidized on this placement: {days} — Total subsidized days for all items: {total}</source>
        <translation>Días subsidiados en esta colocación: {days} — Total de días subsidiados de todos los elementos: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="185"/>
        <source>Remove the worksite placement “{title}”? Its status history and follow-ups go with it.</source>
        <translation>¿Quitar la colocación «{title}»? Su historial de estados y sus seguimientos se van con ella.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="150"/>
        <location filename="../../ui/dialogs/placement.py" line="151"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="32"/>
        <source>Minimum wage for placement*</source>
        <extracomment>(field, label marked for the catalog; self.tr(label) translates it on screen)</extracomment>
        <translation>Salario mínimo de la colocación*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="33"/>
        <source>Hourly wage for placement*</source>
        <translation>Salario por hora de la colocación*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="34"/>
        <source>Subsidized wage or training wage match*</source>
        <translation>Salario subsidiado o aporte al salario de capacitación*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="35"/>
        <source>Unsubsidized/employer&apos;s wage match*</source>
        <translation>Aporte no subsidiado/del empleador al salario*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="36"/>
        <source>Start date*</source>
        <translation>Fecha de inicio*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="37"/>
        <source>Planned due date*</source>
        <translation>Fecha de fin prevista*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="38"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="39"/>
        <source>Subsidized start date</source>
        <translation>Inicio del subsidio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="40"/>
        <source>Subsidized end date</source>
        <translation>Fin del subsidio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="150"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="151"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="184"/>
        <source>Remove placement</source>
        <translation>Quitar colocación</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/plan_actions.py" line="101"/>
        <source>Select a goal on 2. Set Goals first.</source>
        <translation>Seleccione primero una meta en 2. Fijar metas.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="106"/>
        <source>Remove goal</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="137"/>
        <source>Add step/service</source>
        <translation>Agregar paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="138"/>
        <source>A step/service belongs to a goal: add a goal first (Ctrl+G).</source>
        <translation>Un paso/servicio pertenece a una meta: agregue primero una meta (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="154"/>
        <source>Case note</source>
        <translation>Nota de caso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_actions.py" line="107"/>
        <source>Remove the goal “{goal}” and its %n steps/services?</source>
        <translation>
            <numerusform>¿Quitar la meta «{goal}» y su %n paso/servicio?</numerusform>
            <numerusform>¿Quitar la meta «{goal}» y sus %n pasos/servicios?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="155"/>
        <source>“{name}” was added to the plan. Write a case note about it now?</source>
        <translation>Se agregó «{name}» al plan. ¿Escribir ahora una nota de caso sobre ello?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="157"/>
        <source>Added step/service: {name}</source>
        <translation>Paso/servicio agregado: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="165"/>
        <source>Worksite placement…</source>
        <translation>Colocación en un lugar de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="196"/>
        <source>Invitation queued (offline): it is emailed at the next sync.</source>
        <translation>Invitación en cola (sin conexión): se envía por correo en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="203"/>
        <source>Print Customer Copy</source>
        <translation>Imprimir copia del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="230"/>
        <source>Remove skill gain</source>
        <translation>Quitar avance de habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="231"/>
        <source>Remove the measurable skill gain “{kind}” of {date}? Its document stays among the uploads.</source>
        <translation>¿Quitar el avance medible de habilidades «{kind}» del {date}? Su documento se queda entre los archivos subidos.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="240"/>
        <source>Remove the success story of {date}?</source>
        <translation>¿Quitar la historia de éxito del {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="259"/>
        <source>What is “{file}”?</source>
        <translation>¿Qué es «{file}»?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="284"/>
        <source>Remove “{name}” from the plan?</source>
        <translation>¿Quitar «{name}» del plan?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="239"/>
        <source>Remove success story</source>
        <translation>Quitar historia de éxito</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="256"/>
        <source>Attach a file to the plan</source>
        <translation>Adjuntar un archivo al plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="259"/>
        <source>Kind of upload</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="284"/>
        <source>Remove upload</source>
        <translation>Quitar archivo</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="20"/>
        <source>Record plan review</source>
        <translation>Registrar revisión del plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="20"/>
        <source>Record review</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="22"/>
        <source>Review date*</source>
        <translation>Fecha de revisión*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="24"/>
        <source>What was reviewed</source>
        <translation>Qué se revisó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="26"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="26"/>
        <source>Reviewed together with the participant</source>
        <translation>Revisado junto con el participante</translation>
    </message>
</context>
<context>
    <name>PostScoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="55"/>
        <source>Post-assessment score</source>
        <translation>Puntuación de la evaluación posterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="57"/>
        <source>Training module*</source>
        <translation>Módulo de capacitación*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="58"/>
        <source>Score (%)*</source>
        <translation>Puntuación (%)*</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="18"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="23"/>
        <location filename="../../ui/dialogs/preferences.py" line="51"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="25"/>
        <source>Lock after idle time</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="26"/>
        <source>Lock the window after</source>
        <translation>Bloquear la ventana después de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="28"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="32"/>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="33"/>
        <source>Takes effect the next time Fieldplan starts</source>
        <translation>Se aplica la próxima vez que se inicie Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="34"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="36"/>
        <source>Without keyboard or mouse input for this long, Fieldplan hides the caseload and asks for your password.</source>
        <translation>Tras este tiempo sin uso del teclado ni del ratón, Fieldplan oculta la lista de casos y pide su contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="43"/>
        <source>Sync server address</source>
        <translation>Dirección del servidor de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="44"/>
        <source>Sync server</source>
        <translation>Servidor de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="46"/>
        <source>(same as here)</source>
        <translation>(el mismo que aquí)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="47"/>
        <source>Sync server user name</source>
        <translation>Nombre de usuario en el servidor de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="48"/>
        <source>Server user name</source>
        <translation>Usuario en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="52"/>
        <source>never (only Sync now)</source>
        <translation>nunca (solo Sincronizar ahora)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="54"/>
        <source>Automatic sync interval</source>
        <translation>Intervalo de sincronización automática</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="55"/>
        <source>Sync automatically every</source>
        <translation>Sincronizar automáticamente cada</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="117"/>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="117"/>
        <source>Remove {name} from the additional contacts?</source>
        <translation>¿Quitar a {name} de los contactos adicionales?</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="97"/>
        <source>— none yet —</source>
        <translation>— ninguno todavía —</translation>
    </message>
</context>
<context>
    <name>ProfileSidebar</name>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="33"/>
        <source>Participant profile</source>
        <extracomment>the names&apos; column takes at most this share of the side bar&apos;s width; longer names wrap the Edit button: every field of the profile, the contacts, the status, a transfer (issue 12)</extracomment>
        <translation>Perfil del participante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="54"/>
        <source>Edit profile…</source>
        <extracomment>key → (its section&apos;s grid, its row, name label): where a value goes beside or under its name</extracomment>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="55"/>
        <source>Correct the profile, the contacts, the enrollment status; transfer (Ctrl+Shift+P)</source>
        <translation>Corregir el perfil, los contactos, el estado de inscripción; transferir (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="56"/>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="63"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="63"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="63"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="64"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="64"/>
        <source>Last 4 SSN</source>
        <translation>Últimos 4 SSN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="65"/>
        <source>Individual #</source>
        <translation>N.º individual</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="65"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="66"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="66"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="66"/>
        <source>Phone/text</source>
        <translation>Teléfono/mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="67"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="67"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="68"/>
        <source>Other contacts</source>
        <translation>Otros contactos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="69"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="69"/>
        <location filename="../../ui/widgets/profile_sidebar.py" line="72"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="70"/>
        <source>Career planner</source>
        <translation>Planificador de carrera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="70"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="71"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="71"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="71"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="72"/>
        <source>Recertification</source>
        <translation>Recertificación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="73"/>
        <source>Last plan review</source>
        <translation>Última revisión del plan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="159"/>
        <source>{program} — plan type {plan_type}</source>
        <translation>{program} — tipo de plan {plan_type}</translation>
    </message>
</context>
<context>
    <name>ProviderTab</name>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="35"/>
        <source>Pick who provides this step/service. A provider is required before group attendance.</source>
        <translation>Elija quién presta este paso/servicio. Se necesita un proveedor antes de la asistencia grupal.</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="40"/>
        <source>Default: %s</source>
        <translation>Predeterminado: %s</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="41"/>
        <source>A listed provider</source>
        <translation>Un proveedor de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="42"/>
        <source>Other provider</source>
        <translation>Otro proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="55"/>
        <source>No listed providers yet</source>
        <translation>Todavía no hay proveedores en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="56"/>
        <source>Provider*</source>
        <translation>Proveedor*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>Name*</source>
        <translation>Nombre*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>Address*</source>
        <translation>Dirección*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>City*</source>
        <translation>Ciudad*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>State*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>ZIP*</source>
        <translation>Código postal*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="75"/>
        <source>&amp;Update provider</source>
        <translation>&amp;Actualizar proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="75"/>
        <source>Save the service provider</source>
        <translation>Guardar el proveedor del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="84"/>
        <source>the participant&apos;s provider</source>
        <translation>el proveedor del participante</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="105"/>
        <source>The Service Provider sub-tab has unsaved changes.</source>
        <translation>La subpestaña Proveedor del servicio tiene cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/record_actions.py" line="74"/>
        <source>Undo exit</source>
        <translation>Deshacer salida</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="74"/>
        <source>Why is the exit undone? (kept in the Update Log)</source>
        <translation>¿Por qué se deshace la salida? (se guarda en el historial)</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="17"/>
        <source>Earned credentials</source>
        <translation>Credenciales obtenidas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="18"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="19"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="20"/>
        <source>Attained</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="21"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="24"/>
        <source>Completed goals</source>
        <translation>Metas cumplidas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="25"/>
        <location filename="../../ui/dialogs/record_list.py" line="31"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="26"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="27"/>
        <source>Latest due</source>
        <translation>Último vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="29"/>
        <source>Completed services</source>
        <translation>Servicios completados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="30"/>
        <source>Step/service</source>
        <translation>Paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="32"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="45"/>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="17"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="18"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="18"/>
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="19"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="17"/>
        <source>(not in a plan)</source>
        <translation>(fuera de un plan)</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="32"/>
        <source>Changes rejected by the server</source>
        <extracomment>the participant whose plan holds the record to fix (the window opens it)</extracomment>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="34"/>
        <source>Changes the server rejected: set aside so the rest syncs, their values kept here.</source>
        <translation>Cambios que el servidor rechazó: apartados para que el resto se sincronice, con sus valores guardados aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="37"/>
        <source>&amp;Fix (open the plan, then send again)</source>
        <translation>&amp;Corregir (abrir el plan y volver a enviar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="82"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="83"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="84"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="85"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="87"/>
        <source>What clears it</source>
        <translation>Qué lo resuelve</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="21"/>
        <source>Overdue</source>
        <extracomment>(marked for the catalog; self.tr(group) translates them on screen)</extracomment>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="21"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="22"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="100"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="105"/>
        <source>Loading reminders…</source>
        <translation>Cargando recordatorios…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="106"/>
        <source>Reminders status</source>
        <translation>Estado de los recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="111"/>
        <source>Reminder groups</source>
        <translation>Grupos de recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="118"/>
        <source>{group} reminders</source>
        <translation>Recordatorios: {group}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="174"/>
        <source>Reminders could not be computed: {reason}</source>
        <translation>No se pudieron calcular los recordatorios: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="125"/>
        <source>Open reminder</source>
        <translation>Abrir recordatorio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="128"/>
        <source>Open the participant where this reminder is cleared</source>
        <translation>Abrir el participante donde se resuelve este recordatorio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="131"/>
        <source>Refresh reminders</source>
        <translation>Actualizar recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="134"/>
        <source>Compute the reminders again</source>
        <translation>Volver a calcular los recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="150"/>
        <source>Computing reminders…</source>
        <translation>Calculando recordatorios…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="163"/>
        <source>No reminders: everything is up to date.</source>
        <translation>No hay recordatorios: todo está al día.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="67"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="67"/>
        <source>Reset password of {name}</source>
        <translation>Restablecer la contraseña de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="69"/>
        <source>New password*</source>
        <translation>Contraseña nueva*</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="89"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="89"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="90"/>
        <source>Backup file*</source>
        <translation>Archivo de copia*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="91"/>
        <source>New profile folder*</source>
        <translation>Carpeta del perfil nuevo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="92"/>
        <source>Backup passphrase*</source>
        <translation>Frase de contraseña de la copia*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="97"/>
        <source>New profile passphrase*</source>
        <translation>Frase de contraseña del perfil nuevo*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="101"/>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="102"/>
        <source>Fieldplan backups (*.fieldplan-backup)</source>
        <translation>Copias de seguridad de Fieldplan (*.fieldplan-backup)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="107"/>
        <source>New profile folder</source>
        <translation>Carpeta del perfil nuevo</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="39"/>
        <source>Result of an outside assessment</source>
        <translation>Resultado de una evaluación externa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="41"/>
        <source>Name/description*</source>
        <translation>Nombre/descripción*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="42"/>
        <source>Date*</source>
        <translation>Fecha*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="43"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="45"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="46"/>
        <source>Result/score</source>
        <translation>Resultado/puntuación</translation>
    </message>
</context>
<context>
    <name>ReviewAssessmentTab</name>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="54"/>
        <source>Assessment sections</source>
        <translation>Secciones de la evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="56"/>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="57"/>
        <source>Nothing recorded for this section yet.</source>
        <translation>Todavía no hay nada registrado en esta sección.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="58"/>
        <source>Save section</source>
        <translation>Guardar sección</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="72"/>
        <source>Assessment Sections</source>
        <translation>Secciones de la evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="73"/>
        <source>Populated from intake: basic skills are TABE 11&amp;12 or CASAS GOALS (ELL: BEST Literacy, BEST Plus 2.0, CASAS Life and Work Reading).</source>
        <translation>Completado desde la admisión: las habilidades básicas son TABE 11&amp;12 o CASAS GOALS (ELL: BEST Literacy, BEST Plus 2.0, CASAS Life and Work Reading).</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="80"/>
        <location filename="../../ui/tabs/review_assessment.py" line="91"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="81"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="82"/>
        <source>No assessment summary yet.</source>
        <translation>Todavía no hay resumen de evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="82"/>
        <source>Assessment summaries</source>
        <translation>Resúmenes de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="85"/>
        <source>Add summary…</source>
        <translation>Agregar resumen…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="85"/>
        <source>Edit summary…</source>
        <translation>Editar resumen…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="88"/>
        <source>Assessment Summaries</source>
        <translation>Resúmenes de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="89"/>
        <source>Earlier versions of a summary are kept in the Update Log.</source>
        <translation>Las versiones anteriores de un resumen se guardan en el historial.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="91"/>
        <source>Name/description</source>
        <translation>Nombre/descripción</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="92"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="92"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="93"/>
        <source>Result/score</source>
        <translation>Resultado/puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="94"/>
        <source>No outside assessment results.</source>
        <translation>No hay resultados de evaluaciones externas.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="94"/>
        <source>Outside assessment results</source>
        <translation>Resultados de evaluaciones externas</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="96"/>
        <source>Add result…</source>
        <translation>Agregar resultado…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="98"/>
        <source>Results of Assessments Done Elsewhere</source>
        <translation>Resultados de evaluaciones hechas en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="99"/>
        <source>Training module</source>
        <translation>Módulo de capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="100"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="101"/>
        <source>No post-assessment scores.</source>
        <translation>No hay puntuaciones de evaluaciones posteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="101"/>
        <source>Post-assessment scores</source>
        <translation>Puntuaciones de evaluaciones posteriores</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="103"/>
        <source>Add score…</source>
        <translation>Agregar puntuación…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="105"/>
        <source>Post-Assessment Scores</source>
        <translation>Puntuaciones de evaluaciones posteriores</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/widgets/row_table.py" line="38"/>
        <source>Yes</source>
        <extracomment>the roles RowTableModel.data answers (as ints: C++ asks with ints, an enum hashes as its int)</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_table.py" line="38"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RubricChart</name>
    <message>
        <location filename="../../ui/widgets/rubric_chart.py" line="31"/>
        <source>Rubric levels across the caseload</source>
        <extracomment>drawn over a level&apos;s colour, in the bars and the legend alike: a segment reads without telling red from green (issue 16: colour is never the only signal), as do the level&apos;s name and count written in it</extracomment>
        <translation>Niveles de la rúbrica en toda la lista de casos</translation>
    </message>
</context>
<context>
    <name>SetGoalsTab</name>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="29"/>
        <source>Goal statement</source>
        <translation>Enunciado de la meta</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="29"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="30"/>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="30"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="31"/>
        <source>Earliest start</source>
        <translation>Primer inicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="31"/>
        <source>Latest due</source>
        <translation>Último vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="32"/>
        <location filename="../../ui/tabs/set_goals.py" line="46"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="33"/>
        <source>No goals yet — Ctrl+G adds one</source>
        <translation>Todavía no hay metas — Ctrl+G agrega una</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="33"/>
        <location filename="../../ui/tabs/set_goals.py" line="52"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="36"/>
        <source>New goal…</source>
        <translation>Nueva meta…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="36"/>
        <source>Edit goal…</source>
        <translation>Editar meta…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="36"/>
        <source>Remove goal</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="41"/>
        <source>A goal&apos;s start and due dates come from its steps; they are never typed.</source>
        <translation>Las fechas de inicio y de vencimiento de una meta vienen de sus pasos; nunca se escriben.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="45"/>
        <source>Step/service</source>
        <translation>Paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="45"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="46"/>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="47"/>
        <source>Planned due</source>
        <translation>Vencimiento previsto</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="48"/>
        <source>Hours/week</source>
        <translation>Horas/semana</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="49"/>
        <location filename="../../ui/tabs/set_goals.py" line="78"/>
        <source>Select a goal to see its planned services.</source>
        <translation>Seleccione una meta para ver sus servicios previstos.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="50"/>
        <source>Planned services of the goal</source>
        <translation>Servicios previstos de la meta</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="53"/>
        <source>Planned Services of the Selected Goal</source>
        <translation>Servicios previstos de la meta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="77"/>
        <source>No steps/services for this goal yet — add them on 3. Add Steps/Services.</source>
        <translation>Todavía no hay pasos/servicios para esta meta — agréguelos en 3. Agregar pasos/servicios.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="76"/>
        <source>Sign in to Fieldplan</source>
        <translation>Iniciar sesión en Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="76"/>
        <source>Sign in with your Fieldplan user name and password.</source>
        <translation>Inicie sesión con su nombre de usuario y contraseña de Fieldplan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="79"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="80"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="82"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="51"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="52"/>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Firme aquí con el ratón, un lápiz o un dedo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="145"/>
        <source>✕  Sign above the line</source>
        <translation>✕  Firme sobre la línea</translation>
    </message>
</context>
<context>
    <name>SigningWindow</name>
    <message>
        <location filename="../../ui/signing.py" line="88"/>
        <source>Sign your plan</source>
        <extracomment>the participant reads signing mode in their own language; the caseworker&apos;s comes back on leaving drawn and checked, written only with the signed plan (one transaction)</extracomment>
        <translation>Firme su plan</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="89"/>
        <source>Signing mode</source>
        <translation>Modo de firma</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="99"/>
        <location filename="../../ui/signing.py" line="137"/>
        <source>Return to caseworker</source>
        <translation>Devolver al trabajador de casos</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="100"/>
        <source>Hand the screen back to the caseworker (asks for their password)</source>
        <translation>Devolver la pantalla al trabajador de casos (pide su contraseña)</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="102"/>
        <location filename="../../ui/signing.py" line="140"/>
        <location filename="../../ui/signing.py" line="188"/>
        <source>Undo stroke</source>
        <translation>Deshacer trazo</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="103"/>
        <source>Clear signature</source>
        <translation>Borrar firma</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="120"/>
        <source>Your plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="141"/>
        <location filename="../../ui/signing.py" line="189"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="142"/>
        <source>I agree — sign</source>
        <translation>Estoy de acuerdo — firmar</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="158"/>
        <location filename="../../ui/signing.py" line="159"/>
        <source>Caseworker password</source>
        <translation>Contraseña del trabajador de casos</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="168"/>
        <source>Back to signing</source>
        <translation>Volver a la firma</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="169"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="183"/>
        <source>Career planner signature:</source>
        <translation>Firma del planificador de carrera:</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="192"/>
        <source>If the participant could not sign, say why (for “Unable to collect signature”):</source>
        <translation>Si el participante no pudo firmar, diga por qué (para «No se pudo obtener la firma»):</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="194"/>
        <source>Why the signature could not be collected</source>
        <translation>Por qué no se pudo obtener la firma</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="200"/>
        <source>Back to the participant</source>
        <translation>Volver al participante</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="201"/>
        <source>Leave without recording</source>
        <translation>Salir sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="204"/>
        <source>Unable to collect signature</source>
        <translation>No se pudo obtener la firma</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="206"/>
        <source>Sign and finish</source>
        <translation>Firmar y terminar</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="216"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="238"/>
        <source>Thank you! Please hand the screen back to your career planner.</source>
        <translation>¡Gracias! Devuelva la pantalla a su planificador de carrera.</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="239"/>
        <source>Career planner: enter your password to leave signing mode.</source>
        <translation>Planificador de carrera: escriba su contraseña para salir del modo de firma.</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="252"/>
        <source>That password is not right. The screen stays in signing mode.</source>
        <translation>Esa contraseña no es correcta. La pantalla sigue en modo de firma.</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="258"/>
        <source>The participant signed. Sign below to finish; the signed plan is added to the uploads.</source>
        <translation>El participante firmó. Firme abajo para terminar; el plan firmado se agrega a los archivos subidos.</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="259"/>
        <source>The participant has not signed. You can go back to them, or record that the signature could not be collected.</source>
        <translation>El participante no ha firmado. Puede volver a él, o registrar que no se pudo obtener la firma.</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="282"/>
        <source>Say why the signature could not be collected.</source>
        <translation>Diga por qué no se pudo obtener la firma.</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="290"/>
        <source>Saving the signed plan…</source>
        <translation>Guardando el plan firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="295"/>
        <source>The signed plan could not be saved: {0}</source>
        <translation>No se pudo guardar el plan firmado: {0}</translation>
    </message>
</context>
<context>
    <name>SkillGainDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="23"/>
        <source>Add measurable skill gain</source>
        <translation>Agregar avance medible de habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="27"/>
        <source>Skill type*</source>
        <translation>Tipo de habilidad*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="27"/>
        <source>Choose one of the five types…</source>
        <translation>Elija uno de los cinco tipos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="34"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="43"/>
        <source>Document*</source>
        <translation>Documento*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="43"/>
        <source>No document yet</source>
        <translation>Todavía no hay documento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="45"/>
        <source>Upload a file…</source>
        <translation>Subir un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="51"/>
        <source>Date attained*</source>
        <translation>Fecha de obtención*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="53"/>
        <source>Comment*</source>
        <translation>Comentario*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="67"/>
        <source>The document must show: {proof}</source>
        <translation>El documento debe mostrar: {proof}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="78"/>
        <source>New upload: {file}</source>
        <translation>Archivo nuevo: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="72"/>
        <source>Upload the proof of the skill gain</source>
        <translation>Subir la prueba del avance de habilidades</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="34"/>
        <source>— choose a goal —</source>
        <translation>— elija una meta —</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="35"/>
        <source>Goal*</source>
        <translation>Meta*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="36"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="37"/>
        <source>Planned start date*</source>
        <translation>Fecha de inicio prevista*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="38"/>
        <source>Planned due/completion date*</source>
        <translation>Fecha límite/de finalización prevista*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="43"/>
        <source> h/week</source>
        <translation> h/semana</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="44"/>
        <source>Weekly hours*</source>
        <translation>Horas semanales*</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="45"/>
        <location filename="../../ui/step_editor/status_tab.py" line="91"/>
        <source>Completion date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="46"/>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="47"/>
        <source>Related barriers (situations)</source>
        <translation>Barreras relacionadas (situaciones)</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="61"/>
        <source>&amp;Update service</source>
        <translation>&amp;Actualizar servicio</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="61"/>
        <source>Save the status, dates and hours</source>
        <translation>Guardar el estado, las fechas y las horas</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="81"/>
        <source>The Status sub-tab has unsaved changes.</source>
        <translation>La subpestaña Estado tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="91"/>
        <source>Completion date*</source>
        <translation>Fecha de finalización*</translation>
    </message>
</context>
<context>
    <name>StepEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="35"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="36"/>
        <source>Save them before closing?</source>
        <translation>¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="53"/>
        <source>Edit step/service %s</source>
        <translation>Editar paso/servicio %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="61"/>
        <source>Step/service sub-tabs</source>
        <translation>Subpestañas del paso/servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="68"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="69"/>
        <source>Service &amp;Provider</source>
        <translation>&amp;Proveedor del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="70"/>
        <source>&amp;Dollar Value</source>
        <translation>&amp;Valor en dólares</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="71"/>
        <source>&amp;Attendance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="72"/>
        <source>Earned &amp;Credentials</source>
        <translation>&amp;Credenciales obtenidas</translation>
    </message>
</context>
<context>
    <name>SuccessStoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="99"/>
        <source>Edit success story</source>
        <translation>Editar historia de éxito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="99"/>
        <source>Add success story</source>
        <translation>Agregar historia de éxito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="103"/>
        <source>Title*</source>
        <translation>Título*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="104"/>
        <source>Program type</source>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="105"/>
        <source>Service provider</source>
        <translation>Proveedor del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="106"/>
        <source>Career pathway</source>
        <translation>Trayectoria profesional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="107"/>
        <source>Date created*</source>
        <translation>Fecha de creación*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="108"/>
        <source>Status*</source>
        <translation>Estado*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="109"/>
        <source>Story*</source>
        <translation>Historia*</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="19"/>
        <source>Edit assessment summary</source>
        <translation>Editar resumen de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="19"/>
        <source>New assessment summary</source>
        <translation>Nuevo resumen de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="23"/>
        <source>Date*</source>
        <translation>Fecha*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="25"/>
        <source>Summary*</source>
        <translation>Resumen*</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="98"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="101"/>
        <source>Cancel sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="144"/>
        <source>No sync server is set: choose one in the preferences.</source>
        <translation>No hay servidor de sincronización: elija uno en las preferencias.</translation>
    </message>
</context>
<context>
    <name>SyncSignInDialog</name>
    <message>
        <location filename="../../ui/sync_status.py" line="155"/>
        <source>Sign in to the sync server</source>
        <translation>Iniciar sesión en el servidor de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="157"/>
        <source>Sign in to the sync server once with your user name and password.</source>
        <translation>Inicie sesión una vez en el servidor de sincronización con su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="162"/>
        <source>Sync server:</source>
        <translation>Servidor de sincronización:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="164"/>
        <source>User name on the sync server</source>
        <translation>Nombre de usuario en el servidor de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="165"/>
        <source>User name on the server:</source>
        <translation>Nombre de usuario en el servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="168"/>
        <source>Password on the sync server</source>
        <translation>Contraseña en el servidor de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="169"/>
        <source>Password on the server:</source>
        <translation>Contraseña en el servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="171"/>
        <source>Sign-in error</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="174"/>
        <source>Sign in and sync</source>
        <translation>Iniciar sesión y sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="187"/>
        <source>User name on the server</source>
        <translation>Nombre de usuario en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="188"/>
        <source>Password on the server</source>
        <translation>Contraseña en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="190"/>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="23"/>
        <source>Sending changes</source>
        <extracomment>(marked for the catalog; self.tr(stage) translates them on screen)</extracomment>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="23"/>
        <source>Sending files</source>
        <translation>Enviando archivos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="24"/>
        <source>Receiving changes</source>
        <translation>Recibiendo cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="24"/>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="88"/>
        <source>Last sync: {time}</source>
        <translation>Última sincronización: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="88"/>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="90"/>
        <source>%Ln changes to send</source>
        <translation>
            <numerusform>%Ln cambio por enviar</numerusform>
            <numerusform>%Ln cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="94"/>
        <source>%Ln conflicts (F7)</source>
        <translation>
            <numerusform>%Ln conflicto (F7)</numerusform>
            <numerusform>%Ln conflictos (F7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="96"/>
        <source>%Ln rejected by the server (F7)</source>
        <translation>
            <numerusform>%Ln rechazado por el servidor (F7)</numerusform>
            <numerusform>%Ln rechazados por el servidor (F7)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="92"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="106"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="123"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="49"/>
        <source>Unlock Fieldplan</source>
        <translation>Desbloquear Fieldplan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="50"/>
        <source>This computer has no keyring, so the profile in {folder} is protected by a passphrase.</source>
        <translation>Este equipo no tiene llavero, así que el perfil de {folder} está protegido por una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="53"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="55"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="62"/>
        <source>Type the passphrase that protects this profile.</source>
        <translation>Escriba la frase de contraseña que protege este perfil.</translation>
    </message>
</context>
<context>
    <name>UpdateLogTab</name>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="43"/>
        <source>Search who, what, old or new value</source>
        <translation>Buscar quién, qué, valor anterior o nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="43"/>
        <source>Search the Update Log</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="45"/>
        <source>Entity filter</source>
        <translation>Filtro de entidad</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="48"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="49"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="50"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="51"/>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="51"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="52"/>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="52"/>
        <source>Update Log</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="61"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="61"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="62"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="62"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="63"/>
        <source>No uploads — add a signed agreement or a document.</source>
        <translation>No hay archivos subidos — agregue un acuerdo firmado o un documento.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="63"/>
        <location filename="../../ui/tabs/update_log.py" line="88"/>
        <source>Uploads</source>
        <translation>Archivos subidos</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="65"/>
        <source>Add file…</source>
        <translation>Agregar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="65"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="65"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="70"/>
        <source>Files are stored encrypted inside the profile.</source>
        <translation>Los archivos se guardan cifrados dentro del perfil.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="75"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="76"/>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="77"/>
        <location filename="../../ui/tabs/update_log.py" line="78"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="77"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="79"/>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="81"/>
        <source>Resolve conflicts… (F7)</source>
        <translation>Resolver conflictos… (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="83"/>
        <source>Open conflicts from sync</source>
        <translation>Conflictos abiertos de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="87"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="98"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="26"/>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="26"/>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="120"/>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="120"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="142"/>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="143"/>
        <source>Disable {name}? They can no longer sign in; their records stay.</source>
        <translation>¿Desactivar a {name}? Ya no podrá iniciar sesión; sus registros se conservan.</translation>
    </message>
</context>
<context>
    <name>WeekCells</name>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="94"/>
        <source>Attendance week of %s</source>
        <translation>Semana de asistencia del %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Lunch start</source>
        <translation>Inicio del almuerzo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Lunch end</source>
        <translation>Fin del almuerzo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Make-up</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="124"/>
        <source>Week total hours</source>
        <translation>Horas totales de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="126"/>
        <source>Week total</source>
        <translation>Total de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="135"/>
        <source>Attendance problems</source>
        <translation>Problemas de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="169"/>
        <source>Outside the service dates</source>
        <translation>Fuera de las fechas del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="227"/>
        <source>Make-up time on %s: “%s” is not minutes or h:mm (try 45 or 1:30).</source>
        <translation>Tiempo de recuperación del %s: «%s» no son minutos ni h:mm (pruebe 45 o 1:30).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="257"/>
        <source>%s h</source>
        <translation>%s h</translation>
    </message>
</context>
<context>
    <name>_CredentialDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="34"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/reminders_panel.py" line="57"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <location filename="../../ui/tabs/overview.py" line="30"/>
        <source>The plan changed (a new goal, or a goal off track): it needs the participant&apos;s agreement again.</source>
        <translation>El plan cambió (una meta nueva, o una meta desviada): necesita de nuevo el acuerdo del participante.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="34"/>
        <source>Plan needs agreement</source>
        <translation>El plan necesita acuerdo</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="20"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="14"/>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="15"/>
        <source>You typed in this form and did not save. Discard what you typed?</source>
        <translation>Escribió en este formulario y no lo guardó. ¿Descartar lo que escribió?</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="50"/>
        <source>Backed up to {path}.</source>
        <translation>Copia de seguridad hecha en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="58"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="59"/>
        <source>The backup is restored into {folder}. To work in it, start Fieldplan with: fieldplan --data-dir &quot;{folder}&quot;</source>
        <translation>La copia de seguridad se restauró en {folder}. Para trabajar en ella, inicie Fieldplan con: fieldplan --data-dir &quot;{folder}&quot;</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/about.py" line="13"/>
        <source>&lt;b&gt;Fieldplan {version}&lt;/b&gt;&lt;br&gt;Career plans (IEP/ISS) for workforce career planners, offline first.&lt;br&gt;&lt;br&gt;Profile folder: {folder}&lt;br&gt;&lt;br&gt;Fieldplan is MIT-licensed. It uses Qt for Python (PySide6 {pyside}) under the GNU LGPL v3 (Help ▸ About Qt), SQLCipher (BSD), SQLAlchemy and Alembic (MIT), openpyxl (MIT), fpdf2 (LGPL v3) and the DejaVu fonts (Bitstream Vera licence). The licence texts are in the licenses folder of the installation.</source>
        <translation>&lt;b&gt;Fieldplan {version}&lt;/b&gt;&lt;br&gt;Planes de carrera (IEP/ISS) para planificadores de carrera del sistema de empleo, pensados para trabajar sin conexión.&lt;br&gt;&lt;br&gt;Carpeta del perfil: {folder}&lt;br&gt;&lt;br&gt;Fieldplan tiene licencia MIT. Usa Qt for Python (PySide6 {pyside}) bajo la GNU LGPL v3 (Ayuda ▸ Acerca de Qt), SQLCipher (BSD), SQLAlchemy y Alembic (MIT), openpyxl (MIT), fpdf2 (LGPL v3) y las fuentes DejaVu (licencia Bitstream Vera). Los textos de las licencias están en la carpeta licenses de la instalación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/caseload.py" line="56"/>
        <source>{shown} of %Ln participants</source>
        <translation>
            <numerusform>{shown} de %Ln participante</numerusform>
            <numerusform>{shown} de %Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/caseload.py" line="57"/>
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
</context>
</TS>
