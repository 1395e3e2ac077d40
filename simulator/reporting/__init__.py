"""Results for teachers: CSV for Dutch Excel, xAPI statements, an LRS client with a local queue, class overviews.

Public API:
    csv_export.rows(data, pseudonym, per) / csv_export.write(path, table)
    xapi.statements(attempt, actor, base) / xapi.all_statements(store, homepage, pseudonym)
    lrs.sync(store) -> Verzending          queue and send to the configured LRS (nothing without one)
    config.load_lrs / save_lrs / pseudonymiser
    overview.class_overview(store, klas)  the class per student and werkproces, and the hardest criteria
"""
