// Runs before the app's code arrives (a plain script, allowed by the site's Content-Security-
// Policy): picks the reader's language for the page's first text, as the app will (the
// link's lang=, else the stored choice, else the browser's languages), so a slow connection
// shows the title and "Loading…" in that language at once.
(function () {
  var lang = null;
  var m = /(?:^#|&)lang=(zh|en)(?:&|$)/.exec(location.hash);
  if (m) lang = m[1];
  if (!lang) {
    try {
      var v = localStorage.getItem('atlas.lang');
      if (v === 'zh' || v === 'en') lang = v;
    } catch (e) {
      /* private mode */
    }
  }
  if (!lang) {
    var langs = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < langs.length && !lang; i++) {
      var l = String(langs[i]).toLowerCase();
      if (l.indexOf('zh') === 0) lang = 'zh';
      else if (l.indexOf('en') === 0) lang = 'en';
    }
  }
  lang = lang || 'en';
  document.documentElement.setAttribute('data-boot-lang', lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  if (lang === 'zh') document.title = '中国—东盟数字基础设施地图集';
})();
