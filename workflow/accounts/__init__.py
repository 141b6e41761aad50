"""Accounts: who may sign in (argon2 password hashes, disabled users), the append-only security log,
and the lockout after repeated failures. The command line sets passwords and disables users; the web
signs users in; both use this part, since delivery parts may not import each other. It may import
the store and the foundation; every function works inside a transaction the caller opens.
"""
