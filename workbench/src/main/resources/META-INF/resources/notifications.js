// 通知: the unread count in the menu, and new notifications shown at once (server-sent events), without reloading.
(function () {
  'use strict';
  var badge = document.getElementById('unread-count');
  var live = document.getElementById('live-notices');
  if (!badge || !live) { return; }
  var unread = 0;
  function show(n) {
    unread = n;
    badge.textContent = n > 0 ? String(n) : '';
    badge.setAttribute('aria-label', n > 0 ? '未读 ' + n + ' 条' : '');
  }
  fetch('/notifications/unread', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : { unread: 0 }; })
    .then(function (j) { show(j.unread || 0); })
    .catch(function () { /* the count shows on the next page */ });
  if (!window.EventSource) { return; }
  var source = new EventSource('/notifications/stream');
  source.onmessage = function (e) {
    var n;
    try { n = JSON.parse(e.data); } catch (err) { return; }
    show(unread + 1);
    var p = document.createElement('p');
    p.className = 'live-notice';
    var strong = document.createElement('strong');
    strong.textContent = '新通知：' + n.title;
    var a = document.createElement('a');
    a.href = '/notifications';
    a.textContent = '查看';
    p.appendChild(strong);
    p.appendChild(document.createTextNode(' ' + (n.body || '') + ' '));
    p.appendChild(a);
    live.insertBefore(p, live.firstChild);
  };
})();
