// Runs in <head>, before the body is parsed, as a classic script from this origin (allowed by
// script-src 'self'; no inline script is needed). It picks the interface language the app will
// pick — the same rule as preferredLanguage() in src/lib/i18n, which a unit test holds it to — and
// sets <html lang dir> from the first paint, so a French or Arabic reader never sees English or
// left-to-right first. It then shows that language's copy of the start frame that index.html holds
// (scripts/vite-start-frame.ts), and only the header on any page other than the start screen.
// The languages come from the script tag: data-languages (English first), data-rtl.
;(function () {
  var script = document.currentScript
  var attr = function (name) {
    return ((script && script.getAttribute(name)) || '').split(' ').filter(Boolean)
  }
  var languages = attr('data-languages')
  var rtl = attr('data-rtl')
  if (languages.length === 0) languages = ['en']
  var has = function (code) {
    return languages.indexOf(code) >= 0
  }

  function preferred() {
    var saved
    try {
      saved = localStorage.getItem('isa:ui-language')
    } catch (e) {
      saved = null
    }
    if (saved && has(saved)) return saved
    var tags = (typeof navigator !== 'undefined' && navigator.languages) || []
    for (var i = 0; i < tags.length; i++) {
      var code = tags[i].split('-')[0] || ''
      if (has(code)) return code
    }
    return languages[0]
  }

  var language = preferred()
  var root = document.documentElement
  root.lang = language
  root.dir = rtl.indexOf(language) >= 0 ? 'rtl' : 'ltr'

  // The start screen's path has no segments (currentPath() in src/lib/ui/navigation.ts and
  // matchRoute() in src/app/routes.ts: no hash, '#/', or a hash not starting with '/').
  var raw = location.hash.replace(/^#/, '')
  var path = raw.charAt(0) === '/' ? raw.split('?')[0] : '/'
  var startScreen = path.split('/').filter(Boolean).length === 0
  var css =
    '.start-frame__lang[data-frame-lang="' +
    language +
    '"]{display:block}' +
    (startScreen ? '' : '.start-frame__screen{display:none}')
  // A constructed style sheet: CSSOM is not subject to style-src, unlike a <style> element.
  // Browsers without constructed sheets simply show no frame and wait for the app.
  try {
    var sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet])
  } catch (e) {
    // No frame: the app paints the screen when it has loaded.
  }
})()
