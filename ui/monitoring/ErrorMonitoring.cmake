# The error monitoring of a source connection or an App (docs/pim-api.md §9.3): the panel (table,
# search, details, CSV export) and the window's page around it. EmptyState is the overview's.
target_sources(pimui_monitoring PRIVATE
    BusinessErrorTableView.cpp BusinessErrorTableView.h
    ErrorDetailsPane.cpp ErrorDetailsPane.h
    ErrorMonitoringHelper.cpp ErrorMonitoringHelper.h
    ErrorMonitoringPage.cpp ErrorMonitoringPage.h
    ErrorMonitoringPanel.cpp ErrorMonitoringPanel.h
)
target_link_libraries(pimui_monitoring PUBLIC pimui_overview)
