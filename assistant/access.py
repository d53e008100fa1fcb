"""Who can reach the page: a server listening beyond this computer must ask for a login, or be told not to.

    open_without_login("0.0.0.0", has_auth=False, no_auth=False)  ->  the refusal, in Japanese
    open_without_login("127.0.0.1", has_auth=False, no_auth=False) ->  None
"""
from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def is_loopback(host: str) -> bool:
    """True for addresses only this computer can reach (127.0.0.0/8, ::1, localhost)."""
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False   # a host name: it may well be reachable from other computers


def open_without_login(host: str, has_auth: bool, no_auth: bool) -> str | None:
    """Why the page must not start (listening beyond this computer with no login), or None when it may."""
    if has_auth or no_auth or is_loopback(host):
        return None
    return (f"{host} で待ち受けると、同じネットワークの誰でもこの画面と文書を見られます。"
            "ログインを求めるには --auth-file ファイル（「ユーザー名:パスワード」を 1 行ずつ）を指定してください。"
            "ログインなしで公開してよい場合に限り、--no-auth を付けて起動してください。")
