# SPDX-License-Identifier: BSD-3-Clause
#
# Runs Doxygen and fails when it reports anything: cmake -DDOXYGEN=... -DDOXYFILE=...
# -DWARNINGS=<log file> -P run-doxygen.cmake
file(REMOVE ${WARNINGS})
execute_process(COMMAND ${DOXYGEN} ${DOXYFILE} RESULT_VARIABLE result)
set(log "")
if(EXISTS ${WARNINGS})
    file(READ ${WARNINGS} log)
endif()
string(STRIP "${log}" log)
if(NOT result EQUAL 0 OR NOT log STREQUAL "")
    message(FATAL_ERROR "Doxygen failed (exit status ${result}) or warned:\n${log}")
endif()
message(STATUS "API reference built without warnings")
