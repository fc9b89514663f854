'use strict';
// The wirlint page: check a draft, show its findings in place, apply rewrites. No state on the server.
var WORDS = {
  de: {ui: 'Sprache', paste: 'Text hier einfügen oder eine Datei hineinziehen …', check: 'Prüfen', file: 'Datei wählen',
       fetch: 'Seite prüfen', focus: 'Kundenfokus', you: 'Sie', we: 'wir', findings: 'Hinweise', copy: 'Text kopieren',
       download: 'Bericht herunterladen', apply: 'Übernehmen', review: 'bitte prüfen', none: 'Keine Hinweise.'},
  en: {ui: 'Language', paste: 'Paste a draft here or drop a file …', check: 'Check', file: 'Choose a file',
       fetch: 'Check page', focus: 'customer focus', you: 'you', we: 'we', findings: 'findings', copy: 'Copy text',
       download: 'Download report', apply: 'Apply', review: 'please review', none: 'No findings.'}
};
var last = null;
var chosen = null;
var draft = document.getElementById('draft');

function words() {
  var choice = document.getElementById('ui-lang').value;
  var lang = choice !== 'auto' ? choice : (last && last.lang) || (navigator.language || 'de').slice(0, 2);
  return WORDS[lang] || WORDS.en;
}

function translate() {
  var w = words();
  document.documentElement.lang = w === WORDS.de ? 'de' : 'en';
  document.querySelectorAll('[data-t]').forEach(function (node) { node.textContent = w[node.dataset.t]; });
  draft.placeholder = w.paste;
}

function post(path, body) {
  return fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
    .then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.error || response.statusText); }
        return data;
      });
    });
}

function show(error) {
  var box = document.getElementById('error');
  box.hidden = !error;
  box.textContent = error ? error.message : '';
}

function check(body) {
  show(null);
  return post('/api/check', body).then(function (data) {
    last = data;
    if (body.file || body.url) {
      draft.value = data.text;
      document.getElementById('format').value = data.kind === 'html' ? 'html' : data.kind === 'markdown' ? 'md' : 'text';
    }
    render();
  }).catch(show);
}

// Positions from wirlint count characters (code points); JavaScript strings count UTF-16 units.
function offset(text, line, column) {
  var index = 0;
  for (var current = 1; current < line; current++) {
    var next = text.slice(index).search(/\r\n|\r|\n/);
    if (next < 0) { return text.length; }
    index += next + (text.substr(index + next, 2) === '\r\n' ? 2 : 1);
  }
  var counted = 1;
  while (counted < column && index < text.length) {
    index += text.codePointAt(index) > 0xffff ? 2 : 1;
    counted++;
  }
  return index;
}

function range(finding) {
  var text = last.text;
  return [offset(text, finding.line, finding.column), offset(text, finding.end_line, finding.end_column)];
}

function render() {
  var w = words();
  translate();
  document.getElementById('result').hidden = false;
  var focus = last.score.customer_focus;
  var fill = document.getElementById('gauge-fill');
  fill.style.width = focus === null ? '0' : Math.round(focus * 100) + '%';
  fill.className = focus === null ? '' : focus >= 0.5 ? 'high' : focus >= 0.25 ? 'mid' : 'low';
  document.getElementById('focus').textContent = focus === null ? '–' : Math.round(focus * 100) + ' %';
  document.getElementById('you').textContent = last.score.you;
  document.getElementById('we').textContent = last.score.we;
  document.getElementById('count').textContent = last.findings.length;
  var marked = document.getElementById('marked');
  marked.textContent = '';
  var text = last.text;
  var spans = last.findings.map(function (finding, index) { return {finding: finding, index: index, at: range(finding)}; })
    .filter(function (span) { return span.finding.scope !== 'document' && span.at[1] > span.at[0]; })
    .sort(function (a, b) { return a.at[0] - b.at[0] || b.at[1] - a.at[1]; });
  var cursor = 0;
  spans.forEach(function (span) {
    if (span.at[0] < cursor) { return; }  // nested in an earlier mark: listed on the side
    marked.appendChild(document.createTextNode(text.slice(cursor, span.at[0])));
    var mark = document.createElement('mark');
    mark.className = span.finding.category;
    mark.dataset.index = span.index;
    mark.textContent = text.slice(span.at[0], span.at[1]);
    mark.addEventListener('click', function () { select(span.index); });
    marked.appendChild(mark);
    cursor = span.at[1];
  });
  marked.appendChild(document.createTextNode(text.slice(cursor)));
  var list = document.getElementById('findings');
  list.textContent = '';
  if (!last.findings.length) {
    var empty = document.createElement('li');
    empty.textContent = w.none;
    list.appendChild(empty);
  }
  last.findings.forEach(function (finding, index) {
    var item = document.createElement('li');
    item.dataset.index = index;
    item.textContent = finding.code + ' ' + finding.message;
    item.addEventListener('click', function () { select(index); });
    list.appendChild(item);
  });
  document.getElementById('detail').hidden = true;
}

function select(index) {
  chosen = index;
  var finding = last.findings[index];
  var w = words();
  document.querySelectorAll('#findings li').forEach(function (item) {
    item.classList.toggle('active', Number(item.dataset.index) === index);
  });
  document.getElementById('detail').hidden = false;
  document.getElementById('detail-code').textContent = finding.code + ' ' + finding.rule;
  document.getElementById('detail-message').textContent = finding.message;
  document.getElementById('detail-advice').textContent = finding.advice || '';
  var rewrite = document.getElementById('detail-rewrite');
  rewrite.textContent = finding.suggestion ? '→ ' + finding.suggestion + (finding.safe === false ? ' (' + w.review + ')' : '') : '';
  document.getElementById('apply').hidden = !finding.suggestion;
}

document.getElementById('apply').addEventListener('click', function () {
  var finding = last.findings[chosen];
  var at = range(finding);
  draft.value = last.text.slice(0, at[0]) + finding.suggestion + last.text.slice(at[1]);
  check({text: draft.value, format: document.getElementById('format').value});
});
document.getElementById('check').addEventListener('click', function () {
  check({text: draft.value, format: document.getElementById('format').value});
});
document.getElementById('fetch').addEventListener('click', function () {
  check({url: document.getElementById('url').value});
});
function upload(file) {
  var reader = new FileReader();
  reader.onload = function () { check({file: {name: file.name, data: reader.result.split(',')[1]}}); };
  reader.readAsDataURL(file);
}
document.getElementById('file').addEventListener('change', function (event) {
  if (event.target.files.length) { upload(event.target.files[0]); }
});
draft.addEventListener('dragover', function (event) { event.preventDefault(); });
draft.addEventListener('drop', function (event) {
  if (event.dataTransfer.files.length) { event.preventDefault(); upload(event.dataTransfer.files[0]); }
});
document.getElementById('copy').addEventListener('click', function () {
  if (navigator.clipboard) { navigator.clipboard.writeText(draft.value); }
});
document.getElementById('download').addEventListener('click', function () {
  var blob = new Blob([JSON.stringify(last, null, 2)], {type: 'application/json'});
  var link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'wirlint-report.json';
  link.click();
});
document.getElementById('ui-lang').addEventListener('change', function () { if (last) { render(); } else { translate(); } });
translate();
