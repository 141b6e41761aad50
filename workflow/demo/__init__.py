"""The demo: a district bureau's year of applications advanced through the real engine on their own
dates (``year``), with the daily sweep, the deliveries and the year's report (``tour``), and one
case that takes the long way (``long_way``), which the engine benchmark and the letter tests run. It may
import ``workflow.app`` and every part below; only the command line imports it.
"""
