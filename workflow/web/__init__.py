"""The web application for clerks (FastAPI, Jinja2 templates, HTMX): sign-in, the work queue by due
date, the case page (with its files: ``routes_attachments``), trigger forms built from the definitions, the registration form; for
supervisors and report authors the 督办 screen, reassignment and bulk actions, the annual report
screen, exports and the calendar screen; the JSON API (``api/``); ``/metrics`` (``observability``).

It owns the HTTP delivery only: accounts and sessions (``accounts``, ``sessions``), the one scope
function (``scope``), the queue query (``queue``), forms generated from trigger fields (``forms``)
and the routes. It may import everything below it (the application wiring in ``workflow.app``,
views, engine, store, definitions, clocks, letters, deadlines, report); it never imports the
command line, and nothing below imports it. Every asset ships under ``static/``: no page loads
anything from another host.
"""
