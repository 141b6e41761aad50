"""The HTTP JSON API (``/api/v1/``), served by the web application as a mounted sub-application.

It uses the web's accounts and its one scope function: a bearer token (``workflow.accounts.tokens``)
acts as its user with the user's roles and scope, and another agency's case is 404. Modules:
``errors`` (the one error shape), ``auth`` (the bearer token), ``encode`` (JSON values),
``idempotency`` (``Idempotency-Key``), ``validation`` (field errors, one per field, in the engine's
words), ``read_routes``, ``write_routes``, ``letter_routes`` and ``attachment_routes`` (the endpoints),
``openapi``, ``openapi_attachments`` and ``schemas`` (the document, from the definitions), ``ratelimit``, ``app`` (the sub-application and its
error handlers). Cookies are never read here, so the cross-site checks of the pages do not apply.
"""

BASE = "/api/v1"
