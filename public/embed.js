/* global window, document */
// Fits the height of each frame of the migration statistics dashboard to its content. The
// framed page (/embed/...) posts its height; this script, included with the embed code, sets it.
;(function () {
  window.addEventListener('message', function (event) {
    var data = event.data
    if (!data || data.type !== 'migration-stats:height' || typeof data.height !== 'number') return
    var frames = document.querySelectorAll('iframe[data-migration-stats-embed]')
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(120, Math.min(data.height, 20000)) + 'px'
      }
    }
  })
})()
