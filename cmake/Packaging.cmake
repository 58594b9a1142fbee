# CPack: the Debian package (scripts/package). It holds what `cmake --install` installs, under
# /usr, stripped; dpkg-shlibdeps (dpkg-dev) finds the libraries' packages, so that
# `apt install ./pim-connections_*.deb` on a clean Debian 12 pulls them in. The Qt plugins
# that no binary links are named here: the SQLite driver (the offline copy) is needed; the
# translations of Qt's own strings, more image formats for logos, Wayland and a Secret Service
# for the keychain are recommended.
set(PIM_PACKAGE_MAINTAINER "PIM Connections developers <pim-connections@example.org>" CACHE STRING
    "The Debian package's Maintainer field")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pim-connections)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "PIM Connections developers")
set(CPACK_PACKAGE_CONTACT "${PIM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage the connections of an Akeneo PIM")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop app and a command line for the administrators of an Akeneo PIM: list, create, \
edit and delete the connections to ERPs, DAMs and e-commerce platforms, copy and regenerate \
their credentials, follow the Data flows dashboard, business errors and connected Apps, and \
read everything offline. Secrets stay in the system keychain. Includes pim-sandbox, a local \
PIM to try it with.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PIM_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PIM_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-image-formats-plugins, qt6-wayland, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
