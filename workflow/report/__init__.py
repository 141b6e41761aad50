"""The statutory annual report (政府信息公开工作年度报告): its layouts as data (``layout``,
``layout_model``, ``layout_parse`` over ``definitions/report/``), the counting of concluded cases by
applicant type and outcome (``counting``), the consistency checks the tables must pass (``checks``),
the generated ``Report`` record (``model``, made by ``service``, which also explains a cell and records
a publication), and its presentation (``render`` to Markdown/HTML/JSON, ``office`` to Word/Excel,
``export`` choosing the format). It may import the foundation modules and ``store``.
"""
