/*
 * The calculator of the scenarios report: a party group puts parties into valgforbund and sees at once who would
 * be formand and næstformand, with the quotient table and the margins.
 *
 * kkrvalgChair is R11 as kkrvalg/engine/chair.py's elect_chair computes it (tests/test_explorer.py compares the
 * two on random instances); the rest draws its result with the catalogue's texts, worded as the other reports
 * word it. Plain JavaScript, nothing fetched: the report must open offline and as an e-mail attachment.
 */
"use strict";

(() => {
  const POSTS = ["formand", "naestformand"];
  // The catalogue's keys written out, never put together (kkrvalg/i18n/keys.py says why).
  const POST_KEYS = { formand: "post_formand", naestformand: "post_naestformand" };
  const TIE_PLACE_KEYS = { chair: "tie_place_chair", valgforbund: "tie_place_valgforbund" };

  /* ---- R11, exactly ---- */

  // Python's str order (by code point), which orders lists of equal votes and picks the runner-up among equal
  // quotients; JavaScript's < compares UTF-16 units instead, which differs beyond U+FFFF.
  function byName(a, b) {
    const x = Array.from(a, (c) => c.codePointAt(0));
    const y = Array.from(b, (c) => c.codePointAt(0));
    for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k] - y[k];
    return x.length - y.length;
  }

  // Quotients stay pairs (votes, divisor) compared by cross-multiplication, never as floats: kkrvalgChair checks
  // that twice the total vote is a safe integer, and no divisor exceeds 2 (two posts), so every product is exact.
  function compare(p, q) {
    return p.votes * q.divisor - q.votes * p.divisor;
  }

  function floorDiv(a, b) {
    return (a - (a % b)) / b;
  }

  function pair(q) {
    return { votes: q.votes, divisor: q.divisor };
  }

  // Ordered d'Hondt, one post at a time to the largest votes ÷ (posts won + 1). The posts are not interchangeable,
  // so any quotient shared for a post is a tie (R8): the next of `lots` settles it, and without one the allocation
  // stops there, since every later post depends on the drawing.
  function dhondt(votes, posts, lots, where) {
    const names = [...votes.keys()].sort(byName);
    const won = new Map(names.map((name) => [name, 0]));
    const awards = [];
    const ties = [];
    while (awards.length < posts) {
      const next = names.map((name) => ({ name, votes: votes.get(name), divisor: won.get(name) + 1 }));
      const best = next.reduce((a, b) => (compare(b, a) > 0 ? b : a));
      const tied = next.filter((q) => compare(q, best) === 0);
      let winner = tied[0];
      if (tied.length > 1) {
        const candidates = tied.map((q) => q.name);
        const tie = { ...where, seat: awards.length + 1, quotient: pair(best), candidates, winner: null };
        ties.push(tie);
        if (!lots.length) break;
        tie.winner = lots.shift();
        winner = tied.find((q) => q.name === tie.winner);
        if (!winner) throw new Error(`the lot's winner ${tie.winner} is not one of ${candidates.join(", ")}`);
      }
      awards.push({ name: winner.name, quotient: pair(winner), byLot: tied.length > 1 });
      won.set(winner.name, winner.divisor);
    }
    return { awards, ties, won };
  }

  // Each valgforbund one list with its members' summed votes, every other party alone; most votes first.
  function chairLists(votes, groups) {
    const allied = new Set(Object.values(groups).flat());
    const lists = Object.entries(groups).map(([key, members]) => ({
      key,
      members: [...members].sort(byName),
      votes: members.reduce((sum, party) => sum + votes.get(party), 0),
    }));
    for (const [party, v] of votes) if (!allied.has(party)) lists.push({ key: party, members: [party], votes: v });
    return lists.sort((a, b) => b.votes - a.votes || byName(a.key, b.key));
  }

  // For each post awarded between the lists: the strongest rival at that moment and, all other votes unchanged,
  // the fewest extra votes that would have carried the rival past the winner and the most the winner could have
  // lost and still won outright. A post won by lot has neither.
  function margins(lists, awards) {
    const held = new Map(lists.map((list) => [list.key, 0]));
    return awards.map((award, index) => {
      const q = award.quotient;
      const [r] = lists
        .filter((list) => list.key !== award.name)
        .map((list) => ({ key: list.key, votes: list.votes, divisor: held.get(list.key) + 1 }))
        .sort((a, b) => compare(b, a) || byName(a.key, b.key));
      held.set(award.name, held.get(award.name) + 1);
      const outright = r && !award.byLot;
      return {
        post: POSTS[index],
        winner: award.name,
        winnerQuotient: q,
        runnerUp: r ? r.key : null,
        runnerUpQuotient: r ? pair(r) : null,
        needed: outright ? floorDiv(q.votes * r.divisor, q.divisor) - r.votes + 1 : null,
        surplus: outright ? q.votes - floorDiv(r.votes * q.divisor, r.divisor) - 1 : null,
        byLot: award.byLot,
      };
    });
  }

  /**
   * Formand and næstformand among the represented parties (R9–R11).
   * votes: {party: whole number of votes}; groups: {name: [members]}, valid by R10; lots: the winner of each
   * drawing in the order the ties are listed, as `kkrvalg chair --lot`. Returns the lists, the posts (one waiting
   * for a drawing has no party and names the tie it waits for), every tie met and the margins.
   */
  function kkrvalgChair(votes, groups, lots = []) {
    const shares = new Map(Object.entries(votes));
    const total = [...shares.values()].reduce((sum, v) => sum + v, 0);
    if (![...shares.values()].every((v) => Number.isSafeInteger(v) && v >= 0) || !Number.isSafeInteger(2 * total)) {
      throw new Error("votes must be whole numbers small enough to multiply exactly");
    }
    const queue = [...lots];
    const lists = chairLists(shares, groups);
    const listVotes = new Map(lists.map((list) => [list.key, list.votes]));
    const between = dhondt(listVotes, total > 0 ? POSTS.length : 0, queue, { kind: "chair", valgforbund: null });
    const ties = [...between.ties];
    const inner = new Map();
    for (const list of lists) {
      const won = between.won.get(list.key);
      if (won && list.members.length > 1) {
        const own = new Map(list.members.map((party) => [party, shares.get(party)]));
        const inside = dhondt(own, won, queue, { kind: "valgforbund", valgforbund: list.key });
        ties.push(...inside.ties);
        inner.set(list.key, inside.awards);
      }
    }
    const waiting = (kind, valgforbund) =>
      ties.find((t) => t.winner === null && t.kind === kind && t.valgforbund === valgforbund) || null;
    const posts = POSTS.map((post, index) => {
      const award = between.awards[index];
      const none = { post, party: null, list: null, quotient: null, memberQuotient: null, byLot: false };
      if (!award) return { ...none, waitsFor: waiting("chair", null) };
      const decided = { ...none, party: award.name, list: award.name, quotient: award.quotient, byLot: award.byLot };
      if (!inner.has(award.name)) return { ...decided, waitsFor: null };
      const member = inner.get(award.name).shift();
      if (!member) return { ...decided, party: null, waitsFor: waiting("valgforbund", award.name) };
      return {
        ...decided,
        party: member.name,
        memberQuotient: member.quotient,
        byLot: award.byLot || member.byLot,
        waitsFor: null,
      };
    });
    return { lists, posts, ties, margins: margins(lists, between.awards) };
  }

  window.kkrvalgChair = kkrvalgChair;

  /* ---- Words and numbers, as the other reports write them ---- */

  const TEXTS = JSON.parse(document.getElementById("explorer-texts").textContent);

  function t(key, params = {}) {
    return TEXTS.labels[key].replace(/\{(\w+)\}/g, (_, name) => {
      if (!(name in params)) throw new Error(`the label ${key} needs {${name}}`);
      return params[name];
    });
  }

  function integer(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, TEXTS.thousands);
  }

  function counted(key, n) {
    return TEXTS.counted[key][n === 1 ? 0 : 1].replace("{n}", integer(n));
  }

  function gcd(a, b) {
    return b ? gcd(b, a % b) : a;
  }

  function exact(q) {
    const whole = integer(floorDiv(q.votes, q.divisor));
    const rest = q.votes % q.divisor;
    const d = gcd(rest, q.divisor);
    return rest ? `${whole} ${rest / d}/${q.divisor / d}` : whole;
  }

  function quotientText(q) {
    return `${integer(q.votes)} ÷ ${q.divisor} = ${exact(q)}`;
  }

  function between(names) {
    return names.length === 1 ? names[0] : t("and_list", { first: names.slice(0, -1).join(", "), last: names.at(-1) });
  }

  function postName(post) {
    return t(POST_KEYS[post]);
  }

  // A holder is named with the party's name, as the reports name it: "A — Socialdemokratiet".
  function postLine(post, partyNames) {
    let holder;
    if (post.party === null) {
      holder = post.waitsFor ? t("undecided", { candidates: between(post.waitsFor.candidates) }) : t("no_candidates");
    } else {
      const via = post.list !== post.party ? t("via", { name: post.list }) : "";
      const name = partyNames.get(post.party);
      holder = (name ? `${post.party} — ${name}` : post.party) + via + (post.byLot ? t("won_by_lot") : "");
    }
    return `${postName(post.post)}: ${holder}`;
  }

  function innerLine(post) {
    const params = { post: postName(post.post), valgforbund: post.list, party: post.party };
    return t("html_inner_post", { ...params, quotient: quotientText(post.memberQuotient) });
  }

  // Margins in the election's own unit: votes, or seats on KL's bestyrelse (R15).
  // When the list that has formand is the runner-up for næstformand, it lacked the votes to take both posts.
  function marginLine(m, unit, formand) {
    const needed = counted(unit, m.needed);
    const surplus = counted(unit, m.surplus);
    const post = postName(m.post);
    const params = { post, post_lower: post.toLowerCase(), runner_up: m.runnerUp, needed, winner: m.winner, surplus };
    return m.post === "naestformand" && m.runnerUp === formand ? t("margin_both", params) : t("margin_line", params);
  }

  function tieLine(tie, body) {
    return t("tie_line", {
      place: t(TIE_PLACE_KEYS[tie.kind], { body, valgforbund: tie.valgforbund || "" }),
      seat: tie.kind === "chair" ? postName(POSTS[tie.seat - 1]).toLowerCase() : t("seat_number", { seat: tie.seat }),
      candidates: between(tie.candidates),
      quotient: quotientText(tie.quotient),
      seats: counted("n_seats", 1),
      outcome: t("tie_supplied", { winners: tie.winner }),
    });
  }

  /* ---- The page: one calculator per KKR ---- */

  // An element with properties and children; text always goes in as text, never as markup.
  function el(tag, props = {}, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children.filter((child) => child !== null));
    return node;
  }

  function button(text, onclick, props = {}) {
    return el("button", { type: "button", textContent: text, onclick, ...props });
  }

  function row(cells, tag = "td") {
    return el("tr", {}, ...cells.map((cell) => (typeof cell === "string" ? el(tag, { textContent: cell }) : cell)));
  }

  function num(text, tag = "td") {
    return el(tag, { className: "num", textContent: text });
  }

  // The quotient table (÷ 1, ÷ 2) as the report's chair election shows it, the winning quotients marked.
  function quotientTable(chair, names, figures) {
    const won = new Map(chair.posts.filter((p) => p.list).map((p) => [`${p.list}÷${p.quotient.divisor}`, p.post]));
    const cell = (list, divisor) => {
      const post = won.get(`${list.key}÷${divisor}`);
      const mark = post ? el("span", { className: "post", textContent: ` ← ${postName(post)}` }) : null;
      return el("td", { className: post ? "num won" : "num" }, exact({ votes: list.votes, divisor }), mark);
    };
    const head = row(
      [t("chair_list"), t("chair_parties"), num(t(figures), "th"), num("÷ 1", "th"), num("÷ 2", "th")],
      "th",
    );
    const rows = chair.lists.map((list) =>
      row([
        list.key,
        list.members.map((p) => names.get(p)).join(", "),
        num(integer(list.votes)),
        cell(list, 1),
        cell(list, 2),
      ]),
    );
    const table = el("table", { className: "chair" }, el("thead", {}, head), el("tbody", {}, ...rows));
    return el("div", { className: "scroll" }, table); // a phone scrolls a wide table, not the page
  }

  // Who holds each post (data-party says it to the tests), and how a valgforbund's post went to a member.
  function electedPart(chair, partyNames) {
    const posts = chair.posts.map((p) => {
      const text = postLine(p, partyNames);
      const line = el("p", { className: p.party === null ? "undecided" : "post-line", textContent: text });
      Object.assign(line.dataset, { post: p.post }, p.party === null ? {} : { party: p.party });
      return line;
    });
    const inner = chair.posts.filter((p) => p.memberQuotient).map((p) => el("p", { className: "note" }, innerLine(p)));
    return el("div", { className: "elected", tabIndex: -1 }, el("h4", {}, t("html_elected")), ...posts, ...inner);
  }

  // The margins of the posts won outright, as the terminal lists them: none for a post won by lot or waiting.
  function marginPart(chair, unit) {
    const decided = new Set(chair.posts.filter((p) => p.party !== null).map((p) => p.post));
    const shown = chair.margins.filter((m) => m.runnerUp !== null && !m.byLot && decided.has(m.post));
    const formand = chair.margins.find((m) => m.post === "formand");
    if (!shown.length) return [];
    return [
      el("h4", {}, t("html_margins")),
      el("ul", { className: "lines" }, ...shown.map((m) => el("li", {}, marginLine(m, unit, formand && formand.winner)))),
    ];
  }

  // A button per candidate of the first tie waiting (the next drawing always settles that one, as --lot does),
  // and the drawings tried so far, with a way to forget them.
  function lotPart(chair, body, lots, tryLots) {
    const pending = chair.ties.find((tie) => tie.winner === null);
    const tried = chair.ties.filter((tie) => tie.winner !== null);
    const parts = [];
    if (pending) {
      const question = t("explorer_try_lot", { candidates: between(pending.candidates) });
      const wins = (party) => button(t("explorer_lot_wins", { party }), () => tryLots([...lots, party]));
      parts.push(el("p", { className: "lot-try" }, question, ...pending.candidates.map(wins)));
    }
    if (tried.length) {
      parts.push(
        el("h4", {}, t("explorer_lots_tried")),
        el("ul", { className: "lines" }, ...tried.map((tie) => el("li", {}, tieLine(tie, body)))),
        el(
          "p",
          {},
          button(t("explorer_forget_lots"), () => tryLots([])),
        ),
      );
    }
    return parts;
  }

  function explorer(root, number) {
    const data = JSON.parse(root.querySelector(".explorer-data").textContent);
    const names = new Map(data.parties.map((p) => [p.party, p.label]));
    const partyNames = new Map(data.parties.map((p) => [p.party, p.name]));
    const votes = Object.fromEntries(data.parties.map((p) => [p.party, p.votes]));
    const given = data.given.map((members) => ({ name: members.join("+"), members }));
    const free = data.parties.map((p) => p.party).filter((party) => !given.some((g) => g.members.includes(party)));
    const columns = Math.floor(free.length / data.min);
    const inputName = (party) => `explorer-${number}-${data.parties.findIndex((p) => p.party === party)}`;
    const chosen = (party) => Number(grid.querySelector(`input[name="${inputName(party)}"]:checked`).value);
    const app = root.querySelector(".explorer-app");
    const result = el("div", { className: "explorer-result" });
    const announce = el("p", { className: "sr" });
    announce.setAttribute("aria-live", "polite");
    let lots = [];

    // One radio group per free party (alone, or one of the valgforbund), so that no party is ever in two; the
    // members of a fixed valgforbund are shown in it and cannot move.
    const radio = (party, value, text) =>
      el(
        "label",
        {},
        el("input", { type: "radio", name: inputName(party), value, checked: value <= 0, disabled: value < 0 }),
        el("span", { className: "sr", textContent: text }),
      );
    const status = Array.from({ length: columns }, () => el("td"));
    const head = [t("party"), num(t(data.figures), "th"), t("explorer_alone_column")];
    head.push(...status.map((_, i) => t("explorer_column", { number: i + 1 })));
    head.push(...given.map((g) => t("explorer_fixed_column", { name: g.name })));
    const rows = data.parties.map((p) => {
      const swatch = el("span", { className: "swatch" });
      swatch.style.background = p.colour;
      const cells = [el("th", { scope: "row" }, swatch, p.label), num(integer(p.votes))];
      const isFree = free.includes(p.party);
      for (let i = 0; i <= columns; i++) {
        const text = i ? t("explorer_choice", { party: p.party, number: i }) : t("alone", { party: p.party });
        cells.push(el("td", {}, isFree ? radio(p.party, i, text) : null));
      }
      for (const g of given) {
        const text = t("explorer_fixed_choice", { party: p.party, name: g.name });
        cells.push(el("td", {}, g.members.includes(p.party) ? radio(p.party, -1, text) : null));
      }
      return row(cells);
    });
    const foot = row([el("td", { colSpan: 3 }), ...status, ...given.map((g) => g.name)]);
    const grid = el(
      "table",
      { className: "explorer-grid" },
      el("thead", {}, row(head, "th")),
      el("tbody", {}, ...rows),
      el("tfoot", {}, foot),
    );
    const reset = button(t("explorer_reset"), () => choose(new Map()), { className: "explorer-reset" });
    app.append(
      el("div", { className: "explorer-controls" }, el("div", { className: "scroll" }, grid), el("p", {}, reset)),
      el("p", { className: "print-only note", textContent: t("explorer_snapshot") }),
      announce,
      result,
    );
    app.hidden = false;
    grid.addEventListener("change", () => draw([]));

    // Each free party in the column `assigned` gives it (alone when it gives none); the drawings tried are forgotten.
    function choose(assigned) {
      for (const party of free) {
        const value = assigned.get(party) || 0;
        grid.querySelector(`input[name="${inputName(party)}"][value="${value}"]`).checked = true;
      }
      draw([]);
    }

    // The radios read by R10: a valgforbund counts once it has enough members; until then they stand alone.
    function arrangement() {
      const groups = Object.fromEntries(given.map((g) => [g.name, g.members]));
      const short = [];
      status.forEach((cell, i) => {
        const members = free.filter((party) => chosen(party) === i + 1);
        const counts = members.length >= data.min;
        const sum = members.reduce((total, party) => total + votes[party], 0);
        if (counts) groups[members.join("+")] = members;
        else if (members.length) short.push({ number: i + 1, parties: members.join(", "), min: data.min });
        const shown = counts ? integer(sum) : t("explorer_short", { min: data.min });
        cell.replaceChildren(...(members.length ? [members.join("+"), el("br"), shown] : ["—"]));
        cell.className = members.length && !counts ? "short" : "";
      });
      return { groups, short };
    }

    // The result for the radios and `next` drawings, read out to a screen reader unless the page is just loading.
    function draw(next, announced = true) {
      lots = next;
      const { groups, short } = arrangement();
      const chair = kkrvalgChair(votes, groups, lots);
      const entries = Object.entries(groups).map(([name, members]) =>
        t("html_valgforbund_entry", { name, parties: members.join(", ") }),
      );
      const declared = entries.length
        ? t("html_chair_valgforbund", { groups: entries.join("; ") })
        : t("explorer_no_groups");
      result.replaceChildren(
        el("p", {}, declared),
        ...short.map((s) => el("p", { className: "warning" }, t("explorer_incomplete", s))),
        quotientTable(chair, names, data.figures),
        electedPart(chair, partyNames),
        ...marginPart(chair, data.unit),
        ...lotPart(chair, data.title, lots, tryLots),
      );
      if (announced) announce.textContent = chair.posts.map((p) => postLine(p, partyNames)).join(". ");
    }

    // Trying or forgetting a drawing redraws the result, buttons and all, so the focus moves to who is elected.
    function tryLots(next) {
      draw(next);
      result.querySelector(".elected").focus();
    }

    // A bloc of the counted tables tried here: a fixed valgforbund or a party alone leaves every free party
    // alone, other blocs put their members in the first valgforbund. Null for a bloc the calculator cannot hold.
    function blocLoader(members) {
      const same = (g) => g.members.length === members.length && members.every((party) => g.members.includes(party));
      const together = members.length > 1 && !given.some(same);
      if (together && (!columns || !members.every((party) => free.includes(party)))) return null;
      return () => {
        choose(new Map(together ? members.map((party) => [party, 1]) : []));
        root.scrollIntoView({ block: "start" });
        result.querySelector(".elected").focus({ preventScroll: true });
      };
    }

    for (const blocRow of root.closest(".scenarios").querySelectorAll("tr[data-members]")) {
      const load = blocLoader(JSON.parse(blocRow.dataset.members));
      const cell = blocRow.cells[0];
      const title = t("explorer_try_bloc", { bloc: cell.textContent });
      if (load) cell.replaceChildren(button(cell.textContent, load, { className: "bloc-try", title }));
    }
    draw([], false);
  }

  document.querySelectorAll(".explorer").forEach((root, index) => explorer(root, index + 1));
})();
