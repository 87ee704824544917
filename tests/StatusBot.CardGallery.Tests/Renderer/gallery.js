// The gallery page's API, called by the .NET harness through Playwright:
//   gallery.setTheme(theme)   theme = { name, pageBackground, hostConfig } (../HostConfigs/*.json)
//   gallery.render(card, w)   renders the card JSON into #card-host at w px; returns the parser's messages
//   gallery.brokenWords()     words of the rendered card split across two lines although they would fit on one
(function () {
  "use strict";

  const html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  // Teams' markdown subset as far as our cards use it: CommonMark backslash escapes (TeamsMarkdown.Escape writes
  // them, Teams shows the character without the backslash), **bold**, _italic_ and line breaks. Without this hook
  // the renderer would show the backslashes and the word checks would see words that Teams never shows.
  function teamsMarkdown(text) {
    const escaped = [];
    let s = text.replace(/\\([!-/:-@[-`{-~])/g, (_, c) => { escaped.push(c); return "\u0000" + (escaped.length - 1) + "\u0000"; });
    s = html(s)
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[\s(])_(.+?)_(?=$|[\s.,;:!?)])/g, "$1<em>$2</em>");
    s = s.replace(/\u0000(\d+)\u0000/g, (_, i) => html(escaped[Number(i)]));
    return "<p>" + s.replace(/\n/g, "<br>") + "</p>";
  }

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = teamsMarkdown(text);
    result.didProcess = true;
  };

  let theme = null;

  function setTheme(t) {
    theme = t;
    document.documentElement.dataset.theme = t.name;
    document.body.style.background = t.pageBackground;
  }

  function render(card, width) {
    const host = document.getElementById("card-host");
    host.style.width = width + "px";
    const ac = new AdaptiveCards.AdaptiveCard();
    ac.hostConfig = new AdaptiveCards.HostConfig(theme.hostConfig);
    const ctx = new AdaptiveCards.SerializationContext();
    ac.parse(card, ctx);
    // Schema and renderer warnings are cardcheck's job (tests/StatusBot.Tests/Cards); here only a card that does
    // not render at all is an error; the parser's messages are returned for debugging from the browser console.
    const messages = [];
    for (let i = 0; i < ctx.eventCount; i++) {
      const e = ctx.getEventAt(i);
      if (e.event !== AdaptiveCards.ValidationEvent.Hint) messages.push(e.message);
    }
    const element = ac.render();
    if (!element) throw new Error("the renderer returned no element: " + messages.join("; "));
    host.replaceChildren(element);
    return messages;
  }

  // A "word" runs between break opportunities a reader accepts: spaces, hyphens, dashes and slashes.
  const WORD = /[^\s\-\u2010-\u2015/]{2,}/gu;

  // Words whose characters lie on more than one line, i.e. the browser broke them inside (overflow-wrap) because
  // their box was too narrow. A word longer than the card's whole text width is excused: nothing could fit it.
  function brokenWords() {
    const card = document.querySelector("#card-host .ac-adaptiveCard");
    if (!card) return [];
    const style = getComputedStyle(card);
    const textWidth = card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const found = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue;
      for (const m of text.matchAll(WORD)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        const firstLine = rects[0];
        const onLaterLine = rects.some((r) => r.top >= firstLine.top + firstLine.height / 2);
        if (!onLaterLine) continue;
        const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
        if (wordWidth > textWidth) continue;
        found.push({ word: m[0], text: text.length > 120 ? text.slice(0, 117) + "…" : text });
      }
    }
    return found;
  }

  window.gallery = { setTheme, render, brokenWords };
})();
