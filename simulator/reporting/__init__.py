"""Results for teachers: CSV for Dutch Excel, xAPI statements, an LRS client with a local queue, class overviews.

Public API:
    csv_export.rows(data, pseudonym, per) / csv_export.write(path, table)
    xapi.statements(attempt, actor, base) / xapi.all_statements(store, homepage, pseudonym)
    lrs.sync(store, config) -> Verzending  queue and send to the school's LRS (config None: nothing is sent)
    config.load_lrs(school) / save_lrs(school, config) / pseudonymiser(store)
    overview.class_overview(store, klas)  the class per student and werkproces, and the hardest criteria
"""
