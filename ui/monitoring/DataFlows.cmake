# The Data flows dashboard (docs/pim-api.md §10): charts with Qt Charts over plain models the
# tests read, the connection choosers, the reasons of empty charts, the business errors card.
target_sources(pimui_monitoring PRIVATE
    BusinessErrorsModel.cpp BusinessErrorsModel.h
    BusinessErrorsPanel.cpp BusinessErrorsPanel.h
    Card.cpp Card.h
    ChartPanel.cpp ChartPanel.h
    ChartReason.cpp ChartReason.h
    ConnectionPicker.cpp ConnectionPicker.h
    DataFlowsChartModel.cpp DataFlowsChartModel.h
    DataFlowsHeader.cpp DataFlowsHeader.h
    DataFlowsPage.cpp DataFlowsPage.h
    DataFlowsSection.cpp DataFlowsSection.h
    DayChart.cpp DayChart.h
)
target_link_libraries(pimui_monitoring PUBLIC Qt6::Charts)
