"""The corpus at a glance: who is quoted where, which names one outlet alone carries,
where each quotation first appeared and how it changed, how much text is shared.

Pure records built from the articles and their finished corpus analysis; the overview
screen, ``newsreader overview`` and its exports all render them.
"""
