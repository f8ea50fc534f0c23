# Writes the man page's COMMANDS section (help2man include format) from each
# command's own --help, so that the page lists every option as the tool does.
# cmake -DBIN=timegraph -DOUT=commands.h2m -P man_commands.cmake
# The commands, in the order the tool's own --help lists them.
execute_process(COMMAND "${BIN}" --help OUTPUT_VARIABLE top RESULT_VARIABLE status)
string(FIND "${top}" "Subcommands:" at)
if(NOT status EQUAL 0 OR at LESS 0)
  message(FATAL_ERROR "${BIN} --help lists no commands")
endif()
string(SUBSTRING "${top}" ${at} -1 top)
string(REGEX MATCHALL "\n  [a-z][a-z-]*" commands "${top}")
string(REGEX REPLACE "\n  " "" commands "${commands}")
set(text "[COMMANDS]\n")
foreach(command IN LISTS commands)
  execute_process(COMMAND "${BIN}" ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${BIN} ${command} --help failed")
  endif()
  # roff: a leading dot or quote would be a request, and a backslash an escape.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND text ".SS ${command}\n.nf\n${help}.fi\n")
endforeach()
file(WRITE "${OUT}" "${text}")
