<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MonitorWindow</name>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="11"/>
        <source>SCTP Association Monitor</source>
        <translation>SCTP-Assoziationsmonitor</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="12"/>
        <source>No associations yet.</source>
        <translation>Noch keine Assoziationen.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="16"/>
        <source>QtSctp %1</source>
        <translation>QtSctp %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../monitor-app/main.cpp" line="34"/>
        <source>Live monitor for SCTP associations.</source>
        <translation>Live-Monitor für SCTP-Assoziationen.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="38"/>
        <source>Quit after &lt;ms&gt; milliseconds.</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden.</translation>
    </message>
</context>
</TS>
