<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseloadTools</name>
    <message numerus="yes">
        <location filename="../../ui/caseload_tools.py" line="79"/>
        <source>⚑ %Ln due</source>
        <translation>
            <numerusform>⚑ %Ln due</numerusform>
            <numerusform>⚑ %Ln due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/caseload_tools.py" line="85"/>
        <source>%Ln reminders due today or overdue — F9 shows them.</source>
        <translation>
            <numerusform>%Ln reminder due today or overdue — F9 shows it.</numerusform>
            <numerusform>%Ln reminders due today or overdue — F9 shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/change_password.py" line="25"/>
        <source>At least %n characters. The next unlock and sign-in ask for the new one.</source>
        <translation>
            <numerusform>At least %n character. The next unlock and sign-in ask for the new one.</numerusform>
            <numerusform>At least %n characters. The next unlock and sign-in ask for the new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/compliance.py" line="138"/>
        <source>%Ln participants on {date}</source>
        <translation>
            <numerusform>%Ln participant on {date}</numerusform>
            <numerusform>%Ln participants on {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/placement.py" line="212"/>
        <source>%n days after the start</source>
        <translation>
            <numerusform>%n day after the start</numerusform>
            <numerusform>%n days after the start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="304"/>
        <source>%Ln participants in your caseload</source>
        <translation>
            <numerusform>%Ln participant in your caseload</numerusform>
            <numerusform>%Ln participants in your caseload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message numerus="yes">
        <location filename="../../ui/plan_actions.py" line="107"/>
        <source>Remove the goal “{goal}” and its %n steps/services?</source>
        <translation>
            <numerusform>Remove the goal “{goal}” and its %n step/service?</numerusform>
            <numerusform>Remove the goal “{goal}” and its %n steps/services?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="90"/>
        <source>%Ln changes to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="94"/>
        <source>%Ln conflicts (F7)</source>
        <translation>
            <numerusform>%Ln conflict (F7)</numerusform>
            <numerusform>%Ln conflicts (F7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="96"/>
        <source>%Ln rejected by the server (F7)</source>
        <translation>
            <numerusform>%Ln rejected by the server (F7)</numerusform>
            <numerusform>%Ln rejected by the server (F7)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/reminders_panel.py" line="57"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/caseload.py" line="56"/>
        <source>{shown} of %Ln participants</source>
        <translation>
            <numerusform>{shown} of %Ln participant</numerusform>
            <numerusform>{shown} of %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/caseload.py" line="57"/>
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
</TS>
