# The window app's start-up order: the functions that run while the app opens a PIM from its
# offline copy (app/startup-order.txt, listed by scripts/startup-order) are laid out together in
# the program, so that a start touches about 0.5 MB of its code rather than most of its 1.9 MB
# (the kernel maps 64 KiB around each page of code first run): 1.2 MiB less resident memory at
# the first frame (bench/README.md, round 8). It needs each function in a section of its own
# (-ffunction-sections) and lld's --symbol-ordering-file. Without lld, the app links as before,
# and a message says so. Functions missing from the list (new ones) go after the listed ones.
option(PIM_STARTUP_ORDER "Lay out the functions of the app's start together (needs lld)" ON)
set(PIM_STARTUP_ORDER_FILE ${PROJECT_SOURCE_DIR}/app/startup-order.txt)
set(PIM_STARTUP_ORDER_ACTIVE OFF)
if(PIM_STARTUP_ORDER AND NOT PIM_SANITIZE AND NOT PIM_FUZZ AND CMAKE_SYSTEM_NAME STREQUAL "Linux"
   AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" PIM_HAVE_LLD)
    if(PIM_HAVE_LLD)
        set(PIM_STARTUP_ORDER_ACTIVE ON)
        # Every target: the app's code is in the libraries of models/ and ui/ too.
        add_compile_options(-ffunction-sections)
    else()
        message(STATUS "lld not found: pim-connections links without its start-up order "
                       "(about 1 MiB more memory at start; scripts/install-deps installs lld)")
    endif()
endif()

# Links `target` with lld in the start-up order (when PIM_STARTUP_ORDER_ACTIVE).
function(pim_link_in_startup_order target)
    if(NOT PIM_STARTUP_ORDER_ACTIVE)
        return()
    endif()
    # lld's default keeps data and code in the same pages; ld.bfd's (and Debian's) does not.
    target_link_options(${target} PRIVATE -fuse-ld=lld
        "LINKER:--symbol-ordering-file=${PIM_STARTUP_ORDER_FILE}"
        "LINKER:--no-warn-symbol-ordering"
        "LINKER:-z,separate-code")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${PIM_STARTUP_ORDER_FILE})
endfunction()
