// Suggests speakers as a name is typed into the search page's speaker field (an ARIA combobox).
// Without this script the field still works: the server accepts a name or a slug.
(function () {
  "use strict";
  var field = document.querySelector(".speaker-field");
  if (!field) return;
  var input = field.querySelector("input[name=speaker]");
  var url = field.getAttribute("data-suggest-url");
  // What is submitted: the slug of a picked speaker, or whatever was typed.
  var chosen = document.createElement("input");
  chosen.type = "hidden";
  chosen.name = "speaker";
  chosen.value = input.value;
  input.removeAttribute("name");
  input.after(chosen);

  var list = document.createElement("ul");
  list.id = "speaker-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels[0].textContent);
  list.hidden = true;
  field.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  var active = -1, timer = null, latest = 0;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function pick(option) {
    input.value = option.getAttribute("data-name");
    chosen.value = option.getAttribute("data-slug");
    close();
  }

  function highlight(index) {
    var all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach(function (option, i) { option.setAttribute("aria-selected", String(i === active)); });
    input.setAttribute("aria-activedescendant", all[active].id);
  }

  function show(results) {
    list.textContent = "";
    results.forEach(function (person, i) {
      var option = document.createElement("li");
      option.id = "speaker-option-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-slug", person.slug);
      option.setAttribute("data-name", person.name);
      var name = document.createElement("span");
      name.className = "suggestion-name";
      name.textContent = person.name + (person.name_ko ? " " + person.name_ko : "");
      option.appendChild(name);
      if (person.title) {
        var title = document.createElement("span");
        title.className = "suggestion-title";
        title.textContent = person.title;
        option.appendChild(title);
      }
      option.addEventListener("mousedown", function (event) { event.preventDefault(); pick(option); });
      list.appendChild(option);
    });
    list.hidden = !results.length;
    input.setAttribute("aria-expanded", String(!!results.length));
    active = -1;
  }

  input.addEventListener("input", function () {
    chosen.value = input.value;
    clearTimeout(timer);
    var typed = input.value.trim();
    if (!typed) { close(); return; }
    timer = setTimeout(function () {
      var request = ++latest;
      fetch(url + "?q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (request === latest) show(data.results); })
        .catch(close);
    }, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); pick(options()[active]); }
    else if (event.key === "Escape") { close(); }
  });
  input.addEventListener("blur", close);
})();
