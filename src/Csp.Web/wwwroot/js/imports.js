// Uploads with a progress bar, then the import's progress by polling its JSON until it finishes.
(function () {
  'use strict';

  function poll(url, onProgress, onDone) {
    function tick() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (v) {
          if (v.status === 'Finished' || v.status === 'Failed') { onDone(v); return; }
          onProgress(v);
          setTimeout(tick, 700);
        })
        .catch(function () { setTimeout(tick, 2000); });
    }
    tick();
  }

  function describe(v) {
    if (v.status === 'Queued') return 'Waiting for the import before it to finish...';
    var p = v.progress;
    if (!p) return 'Importing...';
    return 'Importing file ' + Math.min(p.filesDone + 1, p.filesTotal) + ' of ' + p.filesTotal + (p.currentFile ? ' (' + p.currentFile + ')' : '') + ': ' + p.percent + '%';
  }

  var form = document.getElementById('upload-form');
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var status = document.getElementById('upload-status');
      var message = document.getElementById('upload-message');
      var bar = document.getElementById('upload-progress');
      var button = document.getElementById('upload-button');
      status.hidden = false;
      button.disabled = true;
      message.textContent = 'Uploading...';
      bar.value = 0;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('RequestVerificationToken', form.getAttribute('data-token'));
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (p) {
        if (p.lengthComputable) {
          bar.value = Math.round(100 * p.loaded / p.total);
          message.textContent = 'Uploading: ' + bar.value + '%';
        }
      });
      xhr.addEventListener('load', function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (err) { body = {}; }
        if (xhr.status !== 202) {
          message.textContent = (body.title || 'The upload was not accepted') + (body.detail ? ': ' + body.detail : '');
          status.classList.add('error');
          button.disabled = false;
          return;
        }
        message.textContent = 'Uploaded. Importing...';
        bar.value = 0;
        poll('/api/imports/' + body.id, function (v) {
          message.textContent = describe(v);
          bar.value = v.progress ? v.progress.percent : 0;
        }, function (v) {
          window.location.assign(v.reportPage);
        });
      });
      xhr.addEventListener('error', function () {
        message.textContent = 'The upload failed: the connection was lost.';
        button.disabled = false;
      });
      xhr.send(new FormData(form));
    });
  }

  var running = document.getElementById('import-running');
  if (running) {
    poll(running.getAttribute('data-status-url'), function (v) {
      document.getElementById('running-message').textContent = describe(v);
      document.getElementById('running-progress').value = v.progress ? v.progress.percent : 0;
    }, function () { window.location.reload(); });
  }
})();
