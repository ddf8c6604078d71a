// A button to copy each field marked data-copy (the remark page's citation and embed code),
// added only where the browser can copy: without it, or without script, the field itself is
// still there to select. The button's words and the confirmation come from the field.
document.querySelectorAll("textarea[data-copy]").forEach(function (field) {
  if (!navigator.clipboard) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = field.dataset.copy;
  var status = document.createElement("span");
  status.className = "copy-status";
  status.setAttribute("role", "status");
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(
      function () { status.textContent = field.dataset.copied; },
      function () { field.select(); }
    );
  });
  field.after(button, status);
});
