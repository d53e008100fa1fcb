"""The staff web page (Gradio): layout and wiring, one module of handlers per tab, launch, static CSS/JS.

`python ui.py` (the repository's launcher) runs `assistant.page.launch.main`. The handlers in chat.py,
kpi.py, projects.py, documents.py and metadata.py are plain functions of the live index and the settings,
so each tab's behaviour is tested without a browser; layout.py only creates the components and wires them.
"""
