// The registration form: the channel decides which date fields appear (Art. 31).
(function () {
  function syncDates() {
    var channel = document.getElementById("in-channel");
    if (!channel) return;
    document.querySelectorAll("[data-date-field]").forEach(function (box) {
      var codes = (box.getAttribute("data-channels") || "").trim().split(/\s+/);
      var show = codes.indexOf(channel.value) >= 0;
      box.hidden = !show;
      box.querySelectorAll("input").forEach(function (input) { input.disabled = !show; });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var channel = document.getElementById("in-channel");
    if (channel) { channel.addEventListener("change", syncDates); syncDates(); }
  });
})();
