# nm_hex_array(FILE OUT_BYTES OUT_SIZE): the bytes of FILE as "0x..,0x..," lines of 32 (for a C
# array initializer) and its size. Shared by the embedding scripts.
function(nm_hex_array file out_bytes out_size)
  file(READ "${file}" hex HEX)
  string(LENGTH "${hex}" hex_len)
  math(EXPR size "${hex_len} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){32})" "\\1\n" bytes "${bytes}")
  set(${out_bytes} "${bytes}" PARENT_SCOPE)
  set(${out_size} "${size}" PARENT_SCOPE)
endfunction()
