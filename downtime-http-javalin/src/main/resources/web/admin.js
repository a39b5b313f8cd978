// Narrows the add/edit form's choices as a site, enclosure and telescope are picked, from the catalogue the page
// embeds in data-catalogue. Without this script every choice stays offered and the server checks the combination.
(function () {
  'use strict';
  var form = document.getElementById('downtime-form');
  if (!form || !form.dataset.catalogue) {
    return;
  }
  var telescopes = JSON.parse(form.dataset.catalogue);
  if (telescopes.length === 0) {
    return;
  }
  var fields = ['site', 'enclosure', 'telescope', 'instrument_type'];
  var selects = {};
  fields.forEach(function (field) {
    selects[field] = form.elements[field];
  });

  // The telescopes agreeing with what is chosen in the fields before position `upTo`.
  function matching(upTo) {
    return telescopes.filter(function (telescope) {
      for (var i = 0; i < upTo; i++) {
        var chosen = selects[fields[i]].value;
        if (chosen && telescope[fields[i]] !== chosen) {
          return false;
        }
      }
      return true;
    });
  }

  function codes(field, list) {
    var seen = {};
    list.forEach(function (telescope) {
      var values = field === 'instrument_type' ? telescope.instrument_types : [telescope[field]];
      values.forEach(function (code) {
        seen[code] = true;
      });
    });
    return Object.keys(seen).sort();
  }

  // Replaces the options after the first (the empty choice). On page load a value the catalogue does not offer
  // here is kept, so a refused form still shows what was typed next to its error.
  function fill(field, allowed, keep) {
    var select = selects[field];
    var current = select.value;
    while (select.options.length > 1) {
      select.remove(1);
    }
    var offered = allowed.slice();
    if (keep && current && offered.indexOf(current) < 0) {
      offered.push(current);
    }
    offered.forEach(function (code) {
      select.add(new Option(code, code));
    });
    if (offered.indexOf(current) >= 0) {
      select.value = current;
    } else if (allowed.length === 1 && field !== 'instrument_type') {
      select.value = allowed[0];
    } else {
      select.value = '';
    }
  }

  function narrow(from, keep) {
    for (var i = from; i < fields.length; i++) {
      fill(fields[i], codes(fields[i], matching(i)), keep);
    }
  }

  fields.forEach(function (field, i) {
    selects[field].addEventListener('change', function () {
      narrow(i + 1, false);
    });
  });
  narrow(1, true);
}());

// Shows only the repeat fields that matter for the chosen pattern. Hidden fields are disabled so they are not sent:
// the server refuses stray values (without this script all fields stay visible and that message explains them).
(function () {
  'use strict';
  var pattern = document.getElementById('id_repeat');
  if (!pattern) {
    return;
  }
  var ends = document.querySelectorAll('#repeat .repeat-end');
  var custom = document.querySelector('#repeat .repeat-custom');

  function toggle(field, visible) {
    field.hidden = !visible;
    field.querySelector('input').disabled = !visible;
  }

  function show() {
    var value = pattern.value;
    Array.prototype.forEach.call(ends, function (field) {
      toggle(field, value === 'daily' || value === 'weekly');
    });
    toggle(custom, value === 'custom');
  }

  pattern.addEventListener('change', show);
  show();
}());
