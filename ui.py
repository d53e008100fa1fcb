"""The staff web page (Gradio): chat with cited answers, KPI and project views, documents and uploads.

    python ui.py                      # http://127.0.0.1:7860, the bundled corpus (index built on first use)
    python ui.py --host 0.0.0.0 --port 8080 --corpus /srv/plans --auth-file /etc/plan-assistant/users

This file only starts the page; the page itself is the package `assistant/page/` (layout, one module of
handlers per tab, launch, static CSS/JS).
"""
from __future__ import annotations

from assistant.page.launch import launch_kwargs, main, read_auth, serve

__all__ = ["launch_kwargs", "main", "read_auth", "serve"]

if __name__ == "__main__":
    raise SystemExit(main())
