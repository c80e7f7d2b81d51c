"""gunicorn settings for a team server: `gunicorn -c config/gunicorn.conf.py "logbook:create_app()"`.

Web processes are stateless; run `carnet worker` separately (CARNET_WORKER=none).
"""

import os

bind = os.environ.get("CARNET_BIND", "127.0.0.1:5000")
workers = int(os.environ.get("CARNET_WEB_PROCESSES", "2"))
threads = int(os.environ.get("CARNET_SERVER_THREADS", "8"))
worker_class = "gthread"
# Uploads from phones on bad networks are slow: give them time.
timeout = 300
graceful_timeout = 30
limit_request_line = 8190
accesslog = "-"
