# The Data flows dashboard (docs/pim-api.md §10): charts with Qt Charts over plain models the
# tests read, the connection choosers, the reasons of empty charts, the business errors card.
target_sources(pimui_monitoring PRIVATE
    BusinessErrorsModel.cpp BusinessErrorsModel.h
    BusinessErrorsPanel.cpp BusinessErrorsPanel.h
    Card.cpp Card.h
    ChartModule.cpp ChartModule.h
    ChartPanel.cpp ChartPanel.h
    ChartReason.cpp ChartReason.h
    ConnectionPicker.cpp ConnectionPicker.h
    DataFlowsChartModel.cpp DataFlowsChartModel.h
    DataFlowsHeader.cpp DataFlowsHeader.h
    DataFlowsPage.cpp DataFlowsPage.h
    DataFlowsSection.cpp DataFlowsSection.h
)
# The charts themselves are the charts module (ui/charts), loaded at the first chart
# (ChartModule): where to find it, installed or in the build tree.
add_dependencies(pimui_monitoring pimcharts)
target_include_directories(pimui_monitoring PUBLIC ${PROJECT_SOURCE_DIR}/ui)
file(RELATIVE_PATH pim_charts_relative
    ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LIBDIR}/pim-connections)
set_source_files_properties(ChartModule.cpp PROPERTIES COMPILE_DEFINITIONS
    "PIM_CHARTS_INSTALLED_RELATIVE=\"${pim_charts_relative}\";PIM_CHARTS_FILE_NAME=\"$<TARGET_FILE_NAME:pimcharts>\";PIM_CHARTS_BUILD_FILE=\"$<TARGET_FILE:pimcharts>\";PIM_BUILD_DIR=\"${PROJECT_BINARY_DIR}\"")
