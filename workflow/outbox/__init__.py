"""Messages to people, reliably: claiming due rows (``claim``), composing each message from its
Jinja2 template (``compose``), choosing recipients (``recipients``) and sending them through the
configured channels (``channels``: file, SMTP, webhook/WeCom/DingTalk) with retries (``delivery``). It
delivers; it does not make letters. It may import the foundation modules, ``definitions``,
``clocks``, ``store``, ``views`` and ``engine``.
"""
