<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_actions.py" line="16"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="17"/>
        <source>Write an encrypted backup of every record and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="18"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="18"/>
        <source>Restore a backup into a new profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="25"/>
        <source>Backup reminder</source>
        <extracomment>stays in the status bar (other messages come and go) until a backup is made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="60"/>
        <source>&amp;Compliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="60"/>
        <source>Counts per timeliness rule, overdue lists and the ISTEP rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="61"/>
        <source>Customer &amp;Services Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="61"/>
        <source>Step/service × status counts and bulk updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="62"/>
        <source>&amp;Export caseload summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="62"/>
        <source>The supervisor&apos;s Excel caseload workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="63"/>
        <source>Employers and &amp;jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="63"/>
        <source>Employers, worksites and jobs for placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="36"/>
        <source>New participant — intake</source>
        <extracomment>the new participant&apos;s id once saved, or the existing one chosen instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="44"/>
        <source>Additional contacts (at least one: someone who can reach the participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="56"/>
        <location filename="../../ui/dialogs/users_admin.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="57"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="58"/>
        <location filename="../../ui/dialogs/users_admin.py" line="33"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="48"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="58"/>
        <location filename="../../ui/dialogs/profile_form.py" line="61"/>
        <location filename="../../ui/dialogs/users_admin.py" line="32"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="55"/>
        <source>Additional contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="62"/>
        <source>Additional contacts error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="73"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="76"/>
        <source>Someone else: enter as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="85"/>
        <source>Save participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="48"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="54"/>
        <source>Exited comes with the exit (Outcomes tab). Moving the participant to another organization takes a program manager or an administrator; the old career planner then no longer sees the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="60"/>
        <source>No additional contact yet — Add contact… records one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="61"/>
        <location filename="../../ui/dialogs/profile_edit.py" line="72"/>
        <source>Additional contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="64"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="64"/>
        <source>Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="64"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="36"/>
        <source>Profile errors</source>
        <extracomment>the fields the dialogs read, in the order of the columns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="51"/>
        <source>Legal first name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="52"/>
        <source>Legal last name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="53"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="54"/>
        <source>Date of birth*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="55"/>
        <source>Last 4 of SSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="57"/>
        <source>last 4 digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="58"/>
        <source>Individual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="59"/>
        <source>the next number when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="60"/>
        <location filename="../../ui/dialogs/users_admin.py" line="88"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="62"/>
        <source>Phone/text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="63"/>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="64"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="65"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="66"/>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="67"/>
        <source>Social media contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="69"/>
        <source>Program*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="70"/>
        <source>Organization/provider*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="71"/>
        <source>Career planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="72"/>
        <source>Enrollment status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="73"/>
        <source>Application date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="74"/>
        <source>Eligibility determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="75"/>
        <source>Program enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="76"/>
        <source>Recertification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="29"/>
        <source>User name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="31"/>
        <source>Full name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="35"/>
        <source>Role*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="36"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="36"/>
        <location filename="../../ui/dialogs/users_admin.py" line="38"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="38"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="40"/>
        <source>First password*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="82"/>
        <location filename="../../ui/dialogs/users_admin.py" line="94"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="89"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="90"/>
        <source>Works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="90"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="92"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="92"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="92"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="94"/>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="98"/>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="98"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="99"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="99"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>1. Review Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>2. Set Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>3. Add Steps/Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Update Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Find participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Search the caseload by name, last 4 SSN or individual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Reload the caseload and the open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Hide the caseload until you enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Idle lock time and other preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Close Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Show &amp;caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Show or hide the caseload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Show the %1 tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;About Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Version and where this profile lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Caseload co&amp;lumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Qt&apos;s version and licence (LGPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="26"/>
        <source>New &amp;goal…</source>
        <extracomment>how long a decrypted upload stays in its temporary folder for the desktop&apos;s viewer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="26"/>
        <source>Add a goal to the plan (it then needs the participant&apos;s agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="27"/>
        <source>&amp;Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="27"/>
        <source>Edit the goal selected on 2. Set Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="28"/>
        <source>New case &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="28"/>
        <source>Write a case note about a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="29"/>
        <source>Record plan &amp;agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="29"/>
        <source>Record the Customer Goal/Plan Agreement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="30"/>
        <source>Add &amp;step/service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="30"/>
        <source>Add the catalog step selected on 3. Add Steps/Services to a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="31"/>
        <source>Edit s&amp;tep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="31"/>
        <source>Open the step selected on 3. Add Steps/Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="32"/>
        <source>&amp;Upload file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="32"/>
        <source>Attach a document or a signed agreement to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="33"/>
        <source>&amp;Sign the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="33"/>
        <source>Participant signing mode: the participant signs the plan on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="34"/>
        <source>&amp;Print Customer Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="34"/>
        <source>Save the participant&apos;s copy of the plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="35"/>
        <source>Record plan re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="35"/>
        <source>Record that the plan was reviewed with the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="36"/>
        <source>&amp;Invite to their page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="37"/>
        <source>Email the participant a link to their own page (sent at the next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="21"/>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="22"/>
        <source>Intake: enter a new participant with their profile, contacts and the program&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="24"/>
        <source>Edit &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="25"/>
        <source>Correct the profile, the enrollment status, the contacts; transfer the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="27"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="27"/>
        <source>Choose a new password for signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="29"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="29"/>
        <source>Add users, disable them, reset passwords, set role and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="27"/>
        <source>Exchange changes with the central server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="29"/>
        <source>Stop the sync; what was exchanged so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="30"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="32"/>
        <source>Values that lost a concurrent edit: keep one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="37"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="20"/>
        <source>Add step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="20"/>
        <source>Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="27"/>
        <source>Goal*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="29"/>
        <source>Planned start*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="31"/>
        <source>Planned due*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="32"/>
        <source>Weekly hours*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_step.py" line="35"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStepsTab</name>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="34"/>
        <source>Search the catalog by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="34"/>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="36"/>
        <source>Service type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="37"/>
        <source>All service types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="39"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="39"/>
        <location filename="../../ui/tabs/add_steps.py" line="53"/>
        <source>Step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="40"/>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="41"/>
        <source>Nothing in the catalog matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="41"/>
        <source>Step/service catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="43"/>
        <source>Add to a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="53"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="54"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="55"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="56"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="57"/>
        <source>No steps/services yet — pick one from the catalog above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="58"/>
        <source>Steps/services of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="60"/>
        <source>Edit step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="63"/>
        <source>Double-click or press Enter on a step to edit its status, provider, dollar value, attendance and credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="66"/>
        <source>Step/Service Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/add_steps.py" line="67"/>
        <source>Steps/Services of Each Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="16"/>
        <source>Record plan agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="16"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="19"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="21"/>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="21"/>
        <source>The newest signed copy uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="23"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement.py" line="24"/>
        <source>A physical signature on file needs the scan of the signed plan among the uploads (Upload file…, kind “Signed agreement”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="73"/>
        <source>Add assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="75"/>
        <source>Assessment*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="78"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="79"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="50"/>
        <source>Why attendance is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="53"/>
        <source>Service dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="57"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="58"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="59"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="59"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="59"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="61"/>
        <source>Attendance weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="69"/>
        <source>Choose a week to enter its attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="79"/>
        <source>&amp;Group attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="79"/>
        <source>Enter one week for several participants of this step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="98"/>
        <source>Planned %s to %s · %s planned hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="122"/>
        <source>The Attendance week of %s has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="134"/>
        <source>Unsaved attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/attendance_tab.py" line="135"/>
        <source>The week of %s has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceWeekGrid</name>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="36"/>
        <source>Attendance week of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="40"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="44"/>
        <source>Unsaved changes: Save (Ctrl+S), Submit or Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="47"/>
        <source>Week state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="52"/>
        <source>Sav&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="52"/>
        <source>Save the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="53"/>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="53"/>
        <source>Save and submit the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="54"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="54"/>
        <source>Submit and verify the week; it is then read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="91"/>
        <source>Verified: this week is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="93"/>
        <source>Submitted, not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance_grid.py" line="95"/>
        <source>Not submitted. Type times like 9, 930, 9:30a or 1:15p; Tab moves to the next cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="35"/>
        <source>Back up this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="35"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="38"/>
        <source>Backup file*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="39"/>
        <source>Backup passphrase*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="40"/>
        <source>Passphrase again*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="41"/>
        <source>The backup holds every record and document, encrypted. Keep it on a USB stick or network drive, and the passphrase somewhere else: without it the backup cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="48"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="49"/>
        <source>Fieldplan backups (*.fieldplan-backup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="20"/>
        <source>New case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="25"/>
        <source>Contact date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="27"/>
        <source>Subject*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="28"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="30"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="31"/>
        <source>How sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="32"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_note.py" line="32"/>
        <source>Two-way contact with the participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="38"/>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="39"/>
        <source>Ind. #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="40"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="42"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="43"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="133"/>
        <source>Search name, preferred name, last 4 SSN, individual #  (Ctrl+F)</source>
        <extracomment>Preferred, Program and Planner: at the default width the list then shows whole columns without scrolling sideways; a right-click on the header (or View ▸ Caseload columns) shows them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="133"/>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="138"/>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="141"/>
        <source>Program filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="143"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="146"/>
        <source>Enrollment status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="151"/>
        <source>Goal off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="152"/>
        <source>Contact overdue (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="160"/>
        <source>Loading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="160"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="190"/>
        <source>Show or hide the %1 column of the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="237"/>
        <source>No participants match — clear the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadTools</name>
    <message>
        <location filename="../../ui/caseload_tools.py" line="20"/>
        <location filename="../../ui/caseload_tools.py" line="80"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="22"/>
        <source>Loading reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="29"/>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="31"/>
        <source>Show or hide follow-ups, contacts and reviews that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="50"/>
        <source>Reminders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="79"/>
        <source>⚑ %1 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="79"/>
        <source>No reminders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="80"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="85"/>
        <source>%1 reminders due today or overdue — F9 shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="85"/>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="90"/>
        <source>Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caseload_tools.py" line="104"/>
        <source>Regular contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="21"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="21"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="22"/>
        <source>Current password*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="23"/>
        <source>New password*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="24"/>
        <source>New password again*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_password.py" line="25"/>
        <source>At least %1 characters. The next unlock and sign-in ask for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="36"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="42"/>
        <source>Computing compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="53"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="53"/>
        <source>Participants overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="53"/>
        <source>Overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="53"/>
        <source>Late on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="54"/>
        <location filename="../../ui/dialogs/compliance.py" line="56"/>
        <location filename="../../ui/dialogs/compliance.py" line="74"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="54"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="54"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="54"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="54"/>
        <source>What clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="56"/>
        <source>What happened late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="57"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="59"/>
        <source>Overdue for the chosen rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="61"/>
        <source>Late on the record for the chosen rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="68"/>
        <source>Timeliness rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="74"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="75"/>
        <source>Rubric per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="78"/>
        <source>ISTEP rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="82"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="85"/>
        <source>Refresh compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="87"/>
        <source>Compute the compliance view again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="98"/>
        <source>Computing compliance for your caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="104"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="114"/>
        <source>Compliance could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/compliance.py" line="120"/>
        <source>%1 participants on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="68"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="74"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="82"/>
        <source>Two devices changed the same value before they synced. The newer change was kept; the other one is shown here until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="87"/>
        <source>Conflict message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="89"/>
        <source>Keep the &amp;kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="92"/>
        <source>Keep the &amp;lost value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="23"/>
        <source>Participant</source>
        <extracomment>marked for lupdate in this class&apos;s context; headerData translates them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="23"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="24"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="24"/>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="25"/>
        <source>Kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="25"/>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="26"/>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="26"/>
        <source>Lost by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="27"/>
        <source>Lost at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="54"/>
        <source>(not in a plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="25"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="25"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="27"/>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="28"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="28"/>
        <source>Mother, case manager, friend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="29"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="30"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="42"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="43"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="44"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="45"/>
        <source>Attained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="46"/>
        <source>Work exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="46"/>
        <location filename="../../ui/step_editor/credentials_tab.py" line="64"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="46"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="48"/>
        <source>Earned credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="52"/>
        <location filename="../../ui/step_editor/credentials_tab.py" line="87"/>
        <source>Add credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="55"/>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="56"/>
        <source>Credential source*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="56"/>
        <location filename="../../ui/step_editor/credentials_tab.py" line="58"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="57"/>
        <source>Date attained*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="58"/>
        <source>Credential type*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="59"/>
        <source>Institution*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="63"/>
        <source>Description*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="64"/>
        <source>Work experience in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="69"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="69"/>
        <source>Clear the form to add another credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="70"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="70"/>
        <source>Remove the selected credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="71"/>
        <source>Sa&amp;ve credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="71"/>
        <source>Save this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="103"/>
        <source>Edit credential “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="115"/>
        <source>The credential “%s” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/credentials_tab.py" line="116"/>
        <source>The new credential on the Earned Credentials sub-tab is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCopyPrinter</name>
    <message>
        <location filename="../../ui/print_plan.py" line="27"/>
        <source>Save the customer copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_plan.py" line="27"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_plan.py" line="51"/>
        <source>The customer copy could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_plan.py" line="54"/>
        <source>Print Customer Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerServicesReport</name>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="31"/>
        <source>Customer Services Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="37"/>
        <source>Steps/services by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="41"/>
        <source>Participants of the chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="45"/>
        <source>Choose a number in the table above to list its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="47"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="47"/>
        <source>(keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="48"/>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="49"/>
        <source>End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="50"/>
        <source>Planned due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="51"/>
        <source>Weekly hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="55"/>
        <source>Row errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="64"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="65"/>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="66"/>
        <source>Service type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="67"/>
        <source>Grantee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="68"/>
        <source>Service provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="69"/>
        <source>Start date begin range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="70"/>
        <source>Start date end range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="71"/>
        <source>Customer enrollment status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="92"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="92"/>
        <source>Count the steps/services that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="93"/>
        <source>Set for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="94"/>
        <source>Put these values on the selected participants (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="95"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="95"/>
        <source>Validate every row and save them all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="96"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="96"/>
        <source>Save this list as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="97"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="97"/>
        <source>Read the list back from an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="163"/>
        <source>{0} — {1}: {2} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="163"/>
        <source>every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="171"/>
        <source>Select one or more participants in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="186"/>
        <source>Nothing to save: change a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="192"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="197"/>
        <source>Saved {0} steps/services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="208"/>
        <source>Nothing was saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="211"/>
        <source>Nothing was saved. Fix these rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="215"/>
        <source>Exported {0} rows to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="219"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="223"/>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_services_report.py" line="228"/>
        <source>Import the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DollarValueTab</name>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="61"/>
        <source>Why payments are unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="64"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="65"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="93"/>
        <source>Subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="66"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="68"/>
        <source>Unit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="69"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="70"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="71"/>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="72"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="106"/>
        <source>Fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="74"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="79"/>
        <source>Edit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="79"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="171"/>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="86"/>
        <source>Current total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="88"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="190"/>
        <source>Add payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="92"/>
        <source>Service type*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="94"/>
        <source>Payment method*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="94"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="95"/>
        <source>Payment date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="100"/>
        <source>Unit amount*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="105"/>
        <source>Quantity*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="112"/>
        <source>Payment total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="114"/>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="191"/>
        <source>Add pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="114"/>
        <source>Record this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="127"/>
        <source>The payment typed on the Dollar Value sub-tab is not added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="134"/>
        <source>Total for this payment: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="145"/>
        <source>Current total: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="160"/>
        <source>Edit payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="163"/>
        <source>Save pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/dollar_value_tab.py" line="171"/>
        <source>Remove the payment of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="92"/>
        <source>Last Name</source>
        <extracomment>marked for lupdate in this class&apos;s context; headerData translates them (error messages use the English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="92"/>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="93"/>
        <source>Edit Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="93"/>
        <source>Status *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="94"/>
        <source>Start Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="94"/>
        <source>End Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="95"/>
        <source>Planned Due Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="95"/>
        <source>Weekly Hours *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="38"/>
        <source>Employers, worksites and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="41"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="41"/>
        <source>Worksite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="41"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="41"/>
        <location filename="../../ui/dialogs/employers.py" line="78"/>
        <location filename="../../ui/dialogs/employers.py" line="175"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="42"/>
        <source>Total number of openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="42"/>
        <source>Hourly wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="43"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="45"/>
        <source>Remove job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="47"/>
        <source>Remove the chosen job from the worksite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="56"/>
        <source>Edit employer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="56"/>
        <source>Edit worksite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="56"/>
        <source>Edit job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="61"/>
        <source>Remove employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="61"/>
        <source>Remove worksite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="71"/>
        <location filename="../../ui/dialogs/employers.py" line="161"/>
        <source>Employer name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="72"/>
        <location filename="../../ui/dialogs/employers.py" line="162"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="73"/>
        <source>Employer*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="76"/>
        <source>Worksite*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="77"/>
        <location filename="../../ui/dialogs/employers.py" line="174"/>
        <source>Job title*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="79"/>
        <location filename="../../ui/dialogs/employers.py" line="176"/>
        <source>Total number of openings*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="82"/>
        <location filename="../../ui/dialogs/employers.py" line="177"/>
        <source>Hourly wage*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="161"/>
        <source>Edit employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="166"/>
        <source>Edit worksite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="174"/>
        <source>Edit job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="190"/>
        <location filename="../../ui/dialogs/employers.py" line="198"/>
        <location filename="../../ui/dialogs/employers.py" line="199"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employers.py" line="190"/>
        <source>Remove “%1” with its worksites and jobs?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="162"/>
        <source>Edit employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="162"/>
        <source>Add employment after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="166"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="166"/>
        <source>Currently employed by this employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="167"/>
        <source>Employer name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="168"/>
        <source>Start date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="169"/>
        <source>Job title*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="170"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="170"/>
        <source>MM/DD/YYYY — empty while current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="171"/>
        <source>Street address 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="172"/>
        <source>Street address 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="173"/>
        <source>Employer city*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="174"/>
        <source>Employer state*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="175"/>
        <source>Employer ZIP code*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="176"/>
        <source>Job duties*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="177"/>
        <source>Hours per week*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="180"/>
        <source>Meets needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="180"/>
        <source>This job meets the participant&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="181"/>
        <source>Why or why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="183"/>
        <source>Does this job meet your needs? Why or why not?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="21"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="25"/>
        <source>Fieldplan ran into a problem it did not expect. Your saved work is safe: every change is saved in one step or not at all.

If it happens again, copy the details below and send them to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="31"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="34"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="130"/>
        <source>Record exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="130"/>
        <source>Save exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="135"/>
        <source>Early exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="135"/>
        <source>Customer left program before completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="139"/>
        <source>The exit checklist is not complete (%1), so only an early exit can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="141"/>
        <source>Date of program exit*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="142"/>
        <source>Exit reason*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="142"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="143"/>
        <source>Case note*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="144"/>
        <source>Why the participant left the program without completing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCaseloadDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="32"/>
        <source>Export caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="34"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="35"/>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="37"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="39"/>
        <source>Career planner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="40"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="41"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="43"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="47"/>
        <source>Save as*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="50"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="53"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="55"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="69"/>
        <source>Save caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="76"/>
        <source>Choose where to save the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="78"/>
        <source>Give both dates of the range, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="99"/>
        <source>Reading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="118"/>
        <source>Writing rows: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="123"/>
        <source>Exported {0} participants to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="130"/>
        <source>The export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="134"/>
        <source>The export stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_caseload.py" line="151"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="28"/>
        <source>Welcome to Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="33"/>
        <source>&lt;b&gt;Create your Fieldplan profile&lt;/b&gt;&lt;br&gt;It is stored encrypted in %1. You become its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="38"/>
        <source>Administrator user name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="39"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Password*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Password again*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="43"/>
        <source>Passphrase*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="43"/>
        <source>Passphrase again*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45"/>
        <source>Load a demo caseload to try Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="53"/>
        <source>This computer has no keyring: the passphrase protects the database key. You will type it each time Fieldplan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="59"/>
        <source>Demo caseload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="66"/>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="133"/>
        <source>Creating the demo caseload… (Cancel keeps what is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="152"/>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="199"/>
        <source>%1-day follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="202"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="202"/>
        <source>%1 days after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="203"/>
        <source>Hourly wage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="205"/>
        <source>I have verified employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="207"/>
        <source>Two-way contact with the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="208"/>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="18"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="18"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="22"/>
        <source>Goal statement*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="23"/>
        <source>What the participant will achieve, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="25"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="28"/>
        <source>Category*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="29"/>
        <source>Term*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="30"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="31"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="32"/>
        <source>Why this goal fits, from the assessments (IEP policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="38"/>
        <source>A new goal, or a goal set Off Track, needs the participant&apos;s agreement again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupAttendanceDialog</name>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="64"/>
        <source>Group attendance – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="70"/>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="72"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="80"/>
        <source>Participants in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="86"/>
        <source>&amp;Find others in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="86"/>
        <source>Add every participant of your caseload with this step Started/Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="93"/>
        <source>Participant shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="97"/>
        <source>&amp;Copy to all checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="97"/>
        <source>Give every checked participant these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="107"/>
        <source>Group attendance problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="110"/>
        <source>Checked participants are saved together: all of them, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="113"/>
        <source>&amp;Save all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="113"/>
        <source>Save the week for every checked participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="114"/>
        <source>S&amp;ubmit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="114"/>
        <source>Save and submit the week for every checked participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="161"/>
        <source> (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="163"/>
        <source> (not Started/Open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="223"/>
        <source>Check at least one participant to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group_attendance.py" line="236"/>
        <source>Saved the week of %s for %d participant(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="108"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="56"/>
        <location filename="../../ui/widgets/lock_view.py" line="66"/>
        <source>Fieldplan is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="68"/>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="72"/>
        <location filename="../../ui/widgets/lock_view.py" line="73"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="76"/>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="77"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_view.py" line="101"/>
        <source>That password is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Fieldplan — Career Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Career plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Select a participant on the left to open their career plan.

Ctrl+F searches the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Opening the plans…</source>
        <extracomment>what _attach imports; ui/startup.py imports them off the GUI thread while the workspace loads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>%1 in your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>About Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="15"/>
        <location filename="../../ui/dialogs/services_report_models.py" line="29"/>
        <source>Not Started</source>
        <extracomment>header tips of the status columns, marked for lupdate in MatrixModel&apos;s context (it translates them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="15"/>
        <location filename="../../ui/dialogs/services_report_models.py" line="29"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="16"/>
        <source>Successful Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="16"/>
        <source>Unsuccessful Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="17"/>
        <source>Evaluated/Not Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="28"/>
        <source>Step/Service</source>
        <extracomment>marked for lupdate in this class&apos;s context; headerData translates them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="28"/>
        <source>Service Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="30"/>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="30"/>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="31"/>
        <source>Evaluated/
Not Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="31"/>
        <source>With step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="32"/>
        <source>Without step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="33"/>
        <source>Total customers with the step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="34"/>
        <source>Total customers without the step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/services_report_models.py" line="75"/>
        <source>Open the list of participants (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="36"/>
        <location filename="../../ui/tabs/outcomes.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="36"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="36"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="43"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="48"/>
        <source>Date attained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="49"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="50"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="51"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="52"/>
        <source>No measurable skill gains yet — Add… records one with its proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="53"/>
        <source>Measurable skill gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="55"/>
        <source>Add skill gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="55"/>
        <location filename="../../ui/tabs/outcomes.py" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="58"/>
        <source>Measurable Skill Gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="60"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="61"/>
        <source>Program type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="62"/>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="63"/>
        <source>Career pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="64"/>
        <source>Date created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="66"/>
        <source>No success stories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="66"/>
        <source>Success stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="68"/>
        <source>Add story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="68"/>
        <location filename="../../ui/tabs/outcomes.py" line="101"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="73"/>
        <source>Success Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="78"/>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="80"/>
        <source>Why the exit is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="81"/>
        <source>Record exit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="83"/>
        <source>Undo exit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="84"/>
        <source>An administrator or program manager undoes a wrong exit, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="86"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="90"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="91"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="92"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="93"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="93"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="94"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="95"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="96"/>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="97"/>
        <source>Meets needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="98"/>
        <source>Employment after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="101"/>
        <source>Add employment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="104"/>
        <source>Employment After Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="140"/>
        <source>Exited on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="141"/>
        <source> — left early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="142"/>
        <source>The early exit&apos;s case note is on the Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="143"/>
        <source>No employment after exit yet — Add employment… records a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="145"/>
        <source>Not exited — the exit checklist is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="146"/>
        <source>Record exit… exits the participant and sets the enrollment status to Exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="147"/>
        <location filename="../../ui/tabs/outcomes.py" line="154"/>
        <source>Employment is recorded after the exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="150"/>
        <source>Not exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="151"/>
        <source>The normal exit needs the exit checklist complete; still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/outcomes.py" line="152"/>
        <source>Until then only an early exit can be recorded: the participant left the program before completion (date, reason and a case note).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/tabs/overview.py" line="40"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="41"/>
        <source>Related Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="42"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="43"/>
        <source>Earliest Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="44"/>
        <source>Latest Planned Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="45"/>
        <location filename="../../ui/tabs/overview.py" line="92"/>
        <location filename="../../ui/tabs/overview.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="66"/>
        <source>No goals yet — Ctrl+G adds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="66"/>
        <location filename="../../ui/tabs/overview.py" line="69"/>
        <source>Career Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="75"/>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="76"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="78"/>
        <source>How sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="79"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="80"/>
        <source>Two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="81"/>
        <source>No case notes yet — Ctrl+N adds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="81"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="83"/>
        <source>Add case note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="85"/>
        <source>Case Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="91"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="94"/>
        <source>No agreement recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="94"/>
        <source>Agreement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="96"/>
        <source>Record agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="98"/>
        <source>Sign the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="99"/>
        <source>The participant signs on screen (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="101"/>
        <source>Print Customer Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="102"/>
        <source>Save the customer copy of the plan as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="104"/>
        <source>Record plan review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="106"/>
        <source>Latest Customer Goal/Plan Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="109"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="111"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="112"/>
        <source>No assessments listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="112"/>
        <location filename="../../ui/tabs/overview.py" line="116"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="114"/>
        <source>Add assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="121"/>
        <source>Career pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="122"/>
        <source>Occupation 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="123"/>
        <source>Occupation 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="124"/>
        <source>Wage goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="128"/>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="129"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="130"/>
        <source>Save career path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="132"/>
        <source>Desired Career Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="135"/>
        <source>Earned credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="135"/>
        <source>Completed goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="136"/>
        <source>Completed services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="147"/>
        <source>Accomplishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="159"/>
        <source>Case Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="164"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="54"/>
        <source>Worksite placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="58"/>
        <source>Job*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="63"/>
        <source>Position type*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="64"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="67"/>
        <source>How many hours a week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="70"/>
        <location filename="../../ui/dialogs/placement.py" line="78"/>
        <source>Inactive date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="71"/>
        <location filename="../../ui/dialogs/placement.py" line="78"/>
        <source>Return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="74"/>
        <source>Total subsidized days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="77"/>
        <location filename="../../ui/dialogs/placement.py" line="81"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="78"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="79"/>
        <source>Subsidized start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="79"/>
        <source>Subsidized end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="79"/>
        <source>Total days subsidized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="80"/>
        <source>Updated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="80"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="83"/>
        <location filename="../../ui/dialogs/placement.py" line="87"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="85"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="85"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="85"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="85"/>
        <source>Wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="86"/>
        <source>Employment verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="90"/>
        <source>Review follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="92"/>
        <source>Review the chosen follow-up: verify employment and update the wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="108"/>
        <source>Remove placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="109"/>
        <source>Remove this worksite placement (placed by mistake, or in the wrong job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="136"/>
        <source>Days subsidized on this placement: %1 — Total subsidized days for all items: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="140"/>
        <location filename="../../ui/dialogs/placement.py" line="141"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="140"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="141"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="174"/>
        <source>Remove placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/placement.py" line="175"/>
        <source>Remove the worksite placement “%1”? Its status history and follow-ups go with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/plan_actions.py" line="100"/>
        <source>Select a goal on 2. Set Goals first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="105"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="106"/>
        <source>Remove the goal “%1” and its %2 steps/services?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="136"/>
        <source>Add step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="137"/>
        <source>A step/service belongs to a goal: add a goal first (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="153"/>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="154"/>
        <source>“%1” was added to the plan. Write a case note about it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="156"/>
        <source>Added step/service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="164"/>
        <source>Worksite placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="195"/>
        <source>Invitation queued (offline): it is emailed at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="202"/>
        <source>Print Customer Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="229"/>
        <source>Remove skill gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="230"/>
        <source>Remove the measurable skill gain “%1” of %2? Its document stays among the uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="238"/>
        <source>Remove success story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="239"/>
        <source>Remove the success story of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="255"/>
        <source>Attach a file to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="257"/>
        <source>Kind of upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="257"/>
        <source>What is “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="281"/>
        <source>Remove upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="281"/>
        <source>Remove “%1” from the plan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="20"/>
        <source>Record plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="20"/>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="22"/>
        <source>Review date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="24"/>
        <source>What was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="26"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_review.py" line="26"/>
        <source>Reviewed together with the participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostScoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="55"/>
        <source>Post-assessment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="57"/>
        <source>Training module*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="58"/>
        <source>Score (%)*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="17"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="22"/>
        <location filename="../../ui/dialogs/preferences.py" line="42"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="24"/>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="25"/>
        <source>Lock the window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="27"/>
        <source>Without keyboard or mouse input for this long, Fieldplan hides the caseload and asks for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="34"/>
        <source>Sync server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="35"/>
        <source>Sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>(same as here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="38"/>
        <source>Sync server user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="39"/>
        <source>Server user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="43"/>
        <source>never (only Sync now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="45"/>
        <source>Automatic sync interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="46"/>
        <source>Sync automatically every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="117"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="117"/>
        <source>Remove %1 from the additional contacts?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../ui/dialogs/profile_form.py" line="93"/>
        <source>— none yet —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSidebar</name>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="23"/>
        <source>Participant profile</source>
        <extracomment>the Edit button: every field of the profile, the contacts, the status, a transfer (issue 12)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="41"/>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="42"/>
        <source>Correct the profile, the contacts, the enrollment status; transfer (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="43"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="50"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="50"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="50"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="51"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="51"/>
        <source>Last 4 SSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="52"/>
        <source>Individual #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="52"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="53"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="53"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="53"/>
        <source>Phone/text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="54"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="55"/>
        <source>Other contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="56"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="56"/>
        <location filename="../../ui/widgets/profile_sidebar.py" line="59"/>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="57"/>
        <source>Career planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="57"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="58"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="58"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="58"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="59"/>
        <source>Recertification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/profile_sidebar.py" line="60"/>
        <source>Last plan review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderTab</name>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="35"/>
        <source>Pick who provides this step/service. A provider is required before group attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="40"/>
        <source>Default: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="41"/>
        <source>A listed provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="42"/>
        <source>Other provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="55"/>
        <source>No listed providers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="56"/>
        <source>Provider*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>Address*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>City*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>State*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="60"/>
        <source>ZIP*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="75"/>
        <source>&amp;Update provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="75"/>
        <source>Save the service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="84"/>
        <source>the participant&apos;s provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/provider_tab.py" line="105"/>
        <source>The Service Provider sub-tab has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/record_actions.py" line="74"/>
        <source>Undo exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="74"/>
        <source>Why is the exit undone? (kept in the Update Log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="17"/>
        <source>Earned credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="18"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="19"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="20"/>
        <source>Attained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="21"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="24"/>
        <source>Completed goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="25"/>
        <location filename="../../ui/dialogs/record_list.py" line="31"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="26"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="27"/>
        <source>Latest due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="29"/>
        <source>Completed services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="30"/>
        <source>Step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="32"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_list.py" line="45"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="27"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="28"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="29"/>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="30"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="43"/>
        <source>(not in a plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="58"/>
        <source>Changes rejected by the server</source>
        <extracomment>the participant whose plan holds the record to fix (the window opens it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="65"/>
        <source>Changes the server rejected: set aside so the rest syncs, their values kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="68"/>
        <source>&amp;Fix (open the plan, then send again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejected_ops.py" line="70"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="62"/>
        <source>Due</source>
        <extracomment>marked for lupdate in this class&apos;s context; headerData translates them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="62"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="63"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="63"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="64"/>
        <source>What clears it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="139"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="143"/>
        <source>Loading reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="144"/>
        <source>Reminders status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="149"/>
        <source>Reminder groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="170"/>
        <source>%1 reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="177"/>
        <source>Open reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="180"/>
        <source>Open the participant where this reminder is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="183"/>
        <source>Refresh reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="186"/>
        <source>Compute the reminders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="202"/>
        <source>Computing reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="209"/>
        <source>No reminders: everything is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="220"/>
        <source>Reminders could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="67"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="67"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="69"/>
        <source>New password*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="89"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="89"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="90"/>
        <source>Backup file*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="91"/>
        <source>New profile folder*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="92"/>
        <source>Backup passphrase*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="97"/>
        <source>New profile passphrase*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="101"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="102"/>
        <source>Fieldplan backups (*.fieldplan-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="107"/>
        <source>New profile folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="39"/>
        <source>Result of an outside assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="41"/>
        <source>Name/description*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="42"/>
        <source>Date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="43"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="45"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="46"/>
        <source>Result/score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewAssessmentTab</name>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="40"/>
        <source>Assessment sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="42"/>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="43"/>
        <source>Nothing recorded for this section yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="44"/>
        <source>Save section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="58"/>
        <source>Assessment Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="59"/>
        <source>Populated from intake: basic skills are TABE 11&amp;12 or CASAS GOALS (ELL: BEST Literacy, BEST Plus 2.0, CASAS Life and Work Reading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="66"/>
        <location filename="../../ui/tabs/review_assessment.py" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="67"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="68"/>
        <source>No assessment summary yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="68"/>
        <source>Assessment summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="71"/>
        <source>Add summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="71"/>
        <source>Edit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="74"/>
        <source>Assessment Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="75"/>
        <source>Earlier versions of a summary are kept in the Update Log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="77"/>
        <source>Name/description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="78"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="78"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="79"/>
        <source>Result/score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="80"/>
        <source>No outside assessment results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="80"/>
        <source>Outside assessment results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="82"/>
        <source>Add result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="84"/>
        <source>Results of Assessments Done Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="85"/>
        <source>Training module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="86"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="87"/>
        <source>No post-assessment scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="87"/>
        <source>Post-assessment scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="89"/>
        <source>Add score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/review_assessment.py" line="91"/>
        <source>Post-Assessment Scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricChart</name>
    <message>
        <location filename="../../ui/widgets/rubric_chart.py" line="21"/>
        <source>Rubric levels across the caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetGoalsTab</name>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="29"/>
        <source>Goal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="29"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="30"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="30"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="31"/>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="31"/>
        <source>Latest due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="32"/>
        <location filename="../../ui/tabs/set_goals.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="33"/>
        <source>No goals yet — Ctrl+G adds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="33"/>
        <location filename="../../ui/tabs/set_goals.py" line="52"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="36"/>
        <source>New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="36"/>
        <source>Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="36"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="41"/>
        <source>A goal&apos;s start and due dates come from its steps; they are never typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="45"/>
        <source>Step/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="46"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="47"/>
        <source>Planned due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="48"/>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="49"/>
        <location filename="../../ui/tabs/set_goals.py" line="78"/>
        <source>Select a goal to see its planned services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="50"/>
        <source>Planned services of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="53"/>
        <source>Planned Services of the Selected Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/set_goals.py" line="77"/>
        <source>No steps/services for this goal yet — add them on 3. Add Steps/Services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="76"/>
        <source>Sign in to Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="76"/>
        <source>Sign in with your Fieldplan user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="79"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="80"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="82"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="51"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="52"/>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="145"/>
        <source>✕  Sign above the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningWindow</name>
    <message>
        <location filename="../../ui/signing.py" line="68"/>
        <source>Sign your plan</source>
        <extracomment>drawn and checked, written only with the signed plan (one transaction)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="69"/>
        <source>Signing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="79"/>
        <location filename="../../ui/signing.py" line="115"/>
        <source>Return to caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="80"/>
        <source>Hand the screen back to the caseworker (asks for their password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="82"/>
        <location filename="../../ui/signing.py" line="118"/>
        <location filename="../../ui/signing.py" line="166"/>
        <source>Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="83"/>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="100"/>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="119"/>
        <location filename="../../ui/signing.py" line="167"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="120"/>
        <source>I agree — sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="136"/>
        <location filename="../../ui/signing.py" line="137"/>
        <source>Caseworker password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="146"/>
        <source>Back to signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="147"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="161"/>
        <source>Career planner signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="170"/>
        <source>If the participant could not sign, say why (for “Unable to collect signature”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="172"/>
        <source>Why the signature could not be collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="178"/>
        <source>Back to the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="179"/>
        <source>Leave without recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="182"/>
        <source>Unable to collect signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="184"/>
        <source>Sign and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="194"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="216"/>
        <source>Thank you! Please hand the screen back to your career planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="217"/>
        <source>Career planner: enter your password to leave signing mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="230"/>
        <source>That password is not right. The screen stays in signing mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="236"/>
        <source>The participant signed. Sign below to finish; the signed plan is added to the uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="237"/>
        <source>The participant has not signed. You can go back to them, or record that the signature could not be collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="260"/>
        <source>Say why the signature could not be collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="268"/>
        <source>Saving the signed plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="273"/>
        <source>The signed plan could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillGainDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="23"/>
        <source>Add measurable skill gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="27"/>
        <source>Skill type*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="27"/>
        <source>Choose one of the five types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="34"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="43"/>
        <source>Document*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="43"/>
        <source>No document yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="45"/>
        <source>Upload a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="51"/>
        <source>Date attained*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="53"/>
        <source>Comment*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="67"/>
        <source>The document must show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="72"/>
        <source>Upload the proof of the skill gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="78"/>
        <source>New upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="34"/>
        <source>— choose a goal —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="35"/>
        <source>Goal*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="36"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="37"/>
        <source>Planned start date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="38"/>
        <source>Planned due/completion date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="43"/>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="44"/>
        <source>Weekly hours*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="45"/>
        <location filename="../../ui/step_editor/status_tab.py" line="91"/>
        <source>Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="46"/>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="47"/>
        <source>Related barriers (situations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="61"/>
        <source>&amp;Update service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="61"/>
        <source>Save the status, dates and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="81"/>
        <source>The Status sub-tab has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_editor/status_tab.py" line="91"/>
        <source>Completion date*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="34"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="35"/>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="52"/>
        <source>Edit step/service %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="60"/>
        <source>Step/service sub-tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="67"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="68"/>
        <source>Service &amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="69"/>
        <source>&amp;Dollar Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="70"/>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step_editor.py" line="71"/>
        <source>Earned &amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessStoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="99"/>
        <source>Edit success story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="99"/>
        <source>Add success story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="103"/>
        <source>Title*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="104"/>
        <source>Program type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="105"/>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="106"/>
        <source>Career pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="107"/>
        <source>Date created*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="108"/>
        <source>Status*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_entries.py" line="109"/>
        <source>Story*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="19"/>
        <source>Edit assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="19"/>
        <source>New assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="23"/>
        <source>Date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entries.py" line="25"/>
        <source>Summary*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="98"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="101"/>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="144"/>
        <source>No sync server is set: choose one in the preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="76"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="76"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="78"/>
        <source>%1 changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="80"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="82"/>
        <source>%1 conflicts (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="84"/>
        <source>%1 rejected by the server (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="94"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="111"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="114"/>
        <source>Sign in to the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="115"/>
        <source>Your password on the sync server:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="49"/>
        <source>Unlock Fieldplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="50"/>
        <source>This computer has no keyring, so the profile in %1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="53"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="55"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="62"/>
        <source>Type the passphrase that protects this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateLogTab</name>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="35"/>
        <source>Search who, what, old or new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="35"/>
        <source>Search the Update Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="37"/>
        <source>Entity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="40"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="41"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="42"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="43"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="43"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="44"/>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="44"/>
        <source>Update Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="53"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="53"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="54"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="54"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="55"/>
        <source>No uploads — add a signed agreement or a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="55"/>
        <location filename="../../ui/tabs/update_log.py" line="80"/>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="57"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="57"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="57"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="62"/>
        <source>Files are stored encrypted inside the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="67"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="68"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="69"/>
        <location filename="../../ui/tabs/update_log.py" line="70"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="69"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="71"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="73"/>
        <source>Resolve conflicts… (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="75"/>
        <source>Open conflicts from sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="79"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/update_log.py" line="90"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="26"/>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="26"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="120"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="120"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="142"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_admin.py" line="143"/>
        <source>Disable %1? They can no longer sign in; their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCells</name>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="94"/>
        <source>Attendance week of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Lunch start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Lunch end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="104"/>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="105"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="124"/>
        <source>Week total hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="134"/>
        <source>Attendance problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="168"/>
        <source>Outside the service dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="226"/>
        <source>Make-up time on %s: “%s” is not minutes or h:mm (try 45 or 1:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/week_cells.py" line="256"/>
        <source>%s h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CredentialDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="34"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <location filename="../../ui/tabs/overview.py" line="28"/>
        <source>The plan changed (a new goal, or a goal off track): it needs the participant&apos;s agreement again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview.py" line="32"/>
        <source>Plan needs agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="20"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="111"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders_panel.py" line="111"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="47"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="56"/>
        <source>The backup is restored into %1. To work in it, start Fieldplan with: fieldplan --data-dir &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/about.py" line="13"/>
        <source>&lt;b&gt;Fieldplan %1&lt;/b&gt;&lt;br&gt;Career plans (IEP/ISS) for workforce career planners, offline first.&lt;br&gt;&lt;br&gt;Profile folder: %2&lt;br&gt;&lt;br&gt;Fieldplan is MIT-licensed. It uses Qt for Python (PySide6 %3) under the GNU LGPL v3 (Help ▸ About Qt), SQLCipher (BSD), SQLAlchemy and Alembic (MIT), openpyxl (MIT), fpdf2 (LGPL v3) and the DejaVu fonts (Bitstream Vera licence). The licence texts are in the licenses folder of the installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="48"/>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="48"/>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/caseload.py" line="50"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
