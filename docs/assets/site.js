/* lp-rules documentation site script, bundled from scripts/docs/client/ by scripts/build-playground.mjs: do not edit. */
"use strict";
(() => {
  // scripts/docs/swiss.js
  var DAYS = {
    fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  };
  var MONTHS = {
    fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  };
  var ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  function epochDay(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }
  function parts(iso) {
    const m = ISO.exec(String(iso));
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  }
  function isRealDate(y, m, d) {
    const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
    const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    return m >= 1 && m <= 12 && d >= 1 && d <= length;
  }
  function longDate(iso, lang2 = "fr") {
    const p = parts(iso);
    if (p === null) return String(iso);
    const [y, m, d] = p;
    const weekday = DAYS[lang2][((epochDay(y, m, d) + 3) % 7 + 7) % 7];
    const day = lang2 === "fr" && d === 1 ? "1er" : String(d);
    return `${weekday} ${day} ${MONTHS[lang2][m - 1]} ${y}`;
  }
  function nextDay(iso) {
    const [y, m, d] = parts(iso);
    if (isRealDate(y, m, d + 1)) return `${y}-${String(m).padStart(2, "0")}-${String(d + 1).padStart(2, "0")}`;
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  }
  function swissDate(iso) {
    const p = parts(iso);
    return p === null ? String(iso) : `${String(p[2]).padStart(2, "0")}.${String(p[1]).padStart(2, "0")}.${p[0]}`;
  }
  function parseSwissDate(text) {
    const iso = swissDateToIso(text);
    const p = iso === null ? null : parts(iso);
    return p !== null && isRealDate(...p) ? iso : null;
  }
  function swissDateToIso(text) {
    const s = String(text).trim();
    const swiss = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
    if (swiss) return `${swiss[3]}-${swiss[2].padStart(2, "0")}-${swiss[1].padStart(2, "0")}`;
    return ISO.test(s) ? s : null;
  }
  function groupThousands(decimal) {
    const m = /^(-?)(\d+)(\.\d+)?$/.exec(String(decimal));
    if (!m) return String(decimal);
    return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, "'")}${m[3] ?? ""}`;
  }
  var chf = (decimal) => `CHF ${groupThousands(decimal)}`;
  function parseSwissAmount(text) {
    let s = String(text).trim().replace(/^CHF\s*/i, "").replace(/\s*(fr\.|CHF)$/i, "");
    s = s.replace(/\.[–-]$/, "").replace(/['’\u00a0\u202f ]/g, "");
    if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
    return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
  }

  // scripts/docs/legal.js
  var ARTICLE = /^(\d+)([a-z]?)$/;
  var RSGE = /\(rsGE ([A-Z] \d+ [\d.]+)\)/;
  var NI = /^Normes d'insaisissabilité (\d{4}) \(rsGE ([^)]+)\)$/;
  var GUIDELINES = /^Lignes directrices pour le calcul du minimum d'existence en matière de poursuite \(Conférence des préposés, ([^)]+)\)$/;
  function fedlexArticleUrl(actUrl, article) {
    const m = ARTICLE.exec(article);
    if (!actUrl || !m || !actUrl.startsWith("https://www.fedlex.admin.ch/")) return void 0;
    return `${actUrl.replace(/#.*$/, "")}#art_${m[1]}${m[2] ? `_${m[2]}` : ""}`;
  }
  function atfUrl(reference) {
    const m = /^(\d+) ([IV]+|Ia|Ib|V) (\d+)$/.exec(reference);
    if (!m) return void 0;
    return `https://www.bger.ch/ext/eurospider/live/fr/php/clir/http/index.php?highlight_docid=atf%3A%2F%2F${m[1]}-${m[2]}-${m[3]}%3Afr&lang=fr&type=show_document`;
  }
  function rsgeUrl(number) {
    const m = /^([A-Z]) (\d+) ([\d.]+)$/.exec(number);
    if (!m) return void 0;
    return `https://silgeneve.ch/legis/data/rsg/rsg_${m[1].toLowerCase()}${m[2]}_${m[3].replace(".", "p")}.htm`;
  }
  function actUrls(ruleSets) {
    const urls = /* @__PURE__ */ new Map();
    const visit = (c) => {
      if (c && typeof c === "object") {
        if (typeof c.document === "string" && typeof c.url === "string" && !urls.has(c.document)) urls.set(c.document, c.url);
        for (const v of Object.values(c)) visit(v);
      }
    };
    for (const set of ruleSets) {
      if (set.source?.url && !urls.has(set.source.document)) urls.set(set.source.document, set.source.url);
      visit(set);
    }
    return urls;
  }
  var TERMS = /^CG /;
  var termsName = (who) => /^[AEIOU][A-Z]+$/.test(who) ? `Conditions générales de l'${who}` : /^[A-Z]+$/.test(who) ? `Conditions générales du ${who}` : `Conditions générales (${who})`;
  var pinpoint = (c) => [c.paragraph && `al. ${c.paragraph}`, c.number && `ch. ${c.number}`, c.letter && `let. ${c.letter}`].filter(Boolean).join(" ");
  function lawyerCitation(c, urls = /* @__PURE__ */ new Map()) {
    const pin = pinpoint(c);
    const actUrl = c.url ?? urls.get(c.document);
    if (c.document === "ATF") return { text: `ATF ${c.article}${pin ? ` ${pin}` : ""}`, url: atfUrl(c.article) };
    if (c.document === "TF") return { text: `arrêt du Tribunal fédéral ${c.article}`, title: "TF" };
    const bare = c.article.replace(/^art\. /, "");
    if (ARTICLE.test(bare) && !TERMS.test(c.document)) {
      const document2 = c.document.replace(/ \((RS [\d.]+)\)$/, "");
      return { text: `art. ${bare}${pin ? ` ${pin}` : ""} ${document2}`, url: fedlexArticleUrl(actUrl, bare) ?? actUrl, title: c.document };
    }
    const rsge = RSGE.exec(c.document)?.[1];
    const ni = NI.exec(c.document);
    const guidelines = GUIDELINES.exec(c.document);
    let name = c.document;
    if (ni) name = `NI ${ni[1]}, rsGE ${ni[2]}`;
    else if (rsge) name = c.document.replace(RSGE, `, rsGE ${rsge}`).replace(" ,", ",");
    else if (guidelines) name = `Lignes directrices de la Conférence des préposés du ${guidelines[1]}`;
    else if (TERMS.test(c.document)) name = termsName(c.document.slice(3));
    const article = /^(ch\.|art\.|section) /.test(c.article) ? c.article : /^[\dIVX]/.test(c.article) ? `ch. ${c.article}` : `« ${c.article} »`;
    return { text: `${name}, ${article}${pin ? ` ${pin}` : ""}`, url: actUrl ?? (rsge ? rsgeUrl(rsge) : void 0), title: name === c.document ? void 0 : c.document };
  }
  var shortCitation = (c) => `${c.document} ${c.article}${c.paragraph ? ` al. ${c.paragraph}` : ""}${c.number ? ` ch. ${c.number}` : ""}${c.letter ? ` let. ${c.letter}` : ""}`;
  function citationsByShortForm(ruleSets) {
    const found = /* @__PURE__ */ new Map();
    const visit = (c) => {
      if (c && typeof c === "object") {
        if (typeof c.document === "string" && typeof c.article === "string") found.set(shortCitation(c), c);
        for (const v of Object.values(c)) visit(v);
      }
    };
    ruleSets.forEach(visit);
    return found;
  }

  // scripts/docs/client/dom.js
  var $ = (id) => {
    const found = document.getElementById(id);
    if (found === null) throw new Error(`site: #${id} is missing`);
    return found;
  };
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value !== void 0 && value !== null && value !== false) node.setAttribute(name, String(value));
    }
    for (const child of children.flat()) {
      if (child !== void 0 && child !== null && child !== false) node.append(child);
    }
    return node;
  }
  var bi = (text) => [el("span", { lang: "fr" }, text.fr), el("span", { lang: "en" }, text.en)];
  var lang = () => document.documentElement.dataset.lang === "en" ? "en" : "fr";

  // scripts/docs/client/cite.js
  var known = null;
  function data() {
    if (known === null) {
      const sets = globalThis.lpRules.ruleSets;
      const carried = sets ? null : JSON.parse(document.getElementById("lp-citations").textContent);
      known = carried ? { urls: new Map(carried.urls), byShort: new Map(carried.byShort) } : { urls: actUrls(sets), byShort: citationsByShortForm(sets) };
    }
    return known;
  }
  function lawyerText(short) {
    const { urls, byShort } = data();
    const c = byShort.get(short);
    return c ? lawyerCitation(c, urls) : { text: short };
  }
  function citeNode(short) {
    const { text, url } = lawyerText(short);
    return el("cite", { class: "citation" }, url ? el("a", { href: url, rel: "external" }, text) : text);
  }

  // scripts/docs/client/errors.js
  function fieldOf(path, fields) {
    const match = Object.keys(fields).filter((prefix) => path === prefix || path.startsWith(`${prefix}/`)).sort((a, b) => b.length - a.length)[0];
    return match === void 0 ? null : fields[match];
  }
  var isA = (error, name) => (globalThis.lpRules.errorClasses ?? [globalThis.lpRules]).some((classes) => error instanceof classes[name]);
  function describeError(error, fields) {
    if (isA(error, "LpInputError")) {
      for (const issue of error.issues) {
        const field = fieldOf(issue.path, fields);
        if (field !== null) $(field).setAttribute("aria-invalid", "true");
      }
      return [
        el("p", null, ...bi({ fr: "Entrée invalide :", en: "Invalid input:" })),
        el("ul", { class: "issues" }, ...error.issues.map((issue) => el("li", { "data-code": issue.code, "data-path": issue.path }, ...bi(issue.message), " ", el("code", { class: "muted" }, issue.path || "/"))))
      ];
    }
    if (isA(error, "LpError")) return [el("p", { "data-code": error.code }, ...bi(error.messages))];
    const message = error instanceof Error ? error.message : String(error);
    return [el("p", { "data-code": "UNEXPECTED" }, ...bi({ fr: `Erreur inattendue : ${message}`, en: `Unexpected error: ${message}` }))];
  }

  // scripts/docs/client/labels.js
  var ITEMS = {
    base: { fr: "Montant de base", en: "Base amount" },
    children: { fr: "Enfants", en: "Children" },
    rent: { fr: "Loyer", en: "Rent" },
    healthInsurance: { fr: "Assurance-maladie", en: "Health insurance" },
    professional: { fr: "Frais professionnels", en: "Professional costs" },
    alimony: { fr: "Contributions d’entretien", en: "Maintenance payments" },
    childcare: { fr: "Frais de garde", en: "Childcare" },
    education: { fr: "Frais de formation", en: "Education" }
  };
  var itemLabel = (item) => ITEMS[item] ?? { fr: item, en: item };

  // scripts/docs/client/amounts.js
  function bornYearsBefore(iso, years) {
    const [y, m, d] = iso.split("-").map(Number);
    const day = m === 2 && d === 29 ? 28 : d;
    return `${String(y - years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  function householdInput(asOf, type, younger, older) {
    const children = [...Array(younger).fill(5), ...Array(older).fill(12)].map((age) => ({ birthDate: bornYearsBefore(asOf, age) }));
    return { asOf, household: { type, ...children.length ? { children } : {} } };
  }
  var count = (id) => Math.max(0, Math.min(12, Number.parseInt($(id).value, 10) || 0));
  function show() {
    const errors = $("amounts-errors");
    errors.hidden = true;
    $("amounts-date").removeAttribute("aria-invalid");
    const asOf = parseSwissDate($("amounts-date").value);
    if (asOf === null) {
      $("amounts-date").setAttribute("aria-invalid", "true");
      errors.replaceChildren(el("p", null, ...bi({ fr: "Date invalide : écrivez-la jj.mm.aaaa, par exemple 01.06.2026.", en: "Invalid date: write it dd.mm.yyyy, e.g. 01.06.2026." })));
      errors.hidden = false;
      return;
    }
    const type = $("amounts-household").value;
    const younger = count("amounts-younger");
    const older = count("amounts-older");
    for (const row of document.querySelectorAll("#amounts-all tbody tr")) {
      row.hidden = !(row.dataset.validFrom <= asOf && (row.dataset.validTo === "" || asOf <= row.dataset.validTo));
    }
    $("amounts-all-hint").replaceChildren(...bi({ fr: `Valeurs en vigueur le ${longDate(asOf, "fr")}.`, en: `Values in force on ${longDate(asOf, "en")}.` }));
    $("amounts-when").replaceChildren(...bi({ fr: `au ${longDate(asOf, "fr")}`, en: `on ${longDate(asOf, "en")}` }));
    try {
      const result = globalThis.lpRules.computeMinimumVital(householdInput(asOf, type, younger, older));
      $("amounts-breakdown").replaceChildren(
        ...result.breakdown.map((b) => el("tr", { "data-item": b.item }, el("th", { scope: "row" }, ...bi(itemLabel(b.item))), el("td", { class: "num", "data-value": b.amount }, chf(b.amount)), el("td", null, citeNode(b.citation))))
      );
      $("amounts-total").replaceChildren(chf(result.total));
      $("amounts-total").dataset.value = result.total;
      $("amounts-edition").replaceChildren(...bi({ fr: `Édition ${result.normsVersion}`, en: `Edition ${result.normsVersion}` }));
      $("amounts-household-result").hidden = false;
    } catch (error) {
      $("amounts-household-result").hidden = true;
      errors.replaceChildren(...describeError(error, {}));
      errors.hidden = false;
    }
    try {
      history.replaceState(null, "", `?date=${swissDate(asOf)}&menage=${encodeURIComponent(type)}&moins10=${younger}&plus10=${older}`);
    } catch {
    }
  }
  function startAmounts() {
    const form = document.getElementById("amounts-form");
    if (form === null) return;
    const q = new URLSearchParams(location.search);
    if (q.get("date")) $("amounts-date").value = q.get("date");
    if (q.get("menage")) $("amounts-household").value = q.get("menage");
    if (q.get("moins10")) $("amounts-younger").value = q.get("moins10");
    if (q.get("plus10")) $("amounts-older").value = q.get("plus10");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      show();
    });
    show();
    document.documentElement.dataset.amounts = "ready";
  }

  // scripts/docs/client/lang.js
  function localize() {
    const root = document.documentElement;
    const l = lang();
    root.lang = l;
    const title = root.dataset[l === "en" ? "titleEn" : "titleFr"];
    if (title) document.title = title;
    for (const node of document.querySelectorAll("[data-fr][data-en]")) node.textContent = node.dataset[l];
    for (const node of document.querySelectorAll("[data-placeholder-fr]")) node.placeholder = node.dataset[l === "en" ? "placeholderEn" : "placeholderFr"];
  }
  function startLanguage() {
    const root = document.documentElement;
    let saved = null;
    try {
      saved = localStorage.getItem("lp-rules-lang");
    } catch {
    }
    if (saved === "en" || saved === "fr") root.dataset.lang = saved;
    new MutationObserver(localize).observe(root, { attributes: true, attributeFilter: ["data-lang"] });
    localize();
    document.getElementById("lang-switch")?.addEventListener("click", () => {
      root.dataset.lang = lang() === "en" ? "fr" : "en";
      try {
        localStorage.setItem("lp-rules-lang", root.dataset.lang);
      } catch {
      }
    });
  }
  var relocalize = localize;

  // scripts/docs/client/norms.js
  function useLoadedNorms() {
    const carried = document.getElementById("lp-norms");
    const sdk2 = globalThis.lpRules;
    if (carried === null || !sdk2) return;
    const norms = sdk2.loadNorms(JSON.parse(carried.textContent));
    globalThis.lpRules = Object.freeze({ ...sdk2, ...sdk2.createLpRules({ norms }), ruleSets: norms.ruleSets });
  }

  // scripts/docs/client/forms.js
  var dateOf = (id) => swissDateToIso($(id).value) ?? $(id).value.trim();
  var amountOf = (id) => parseSwissAmount($(id).value) ?? $(id).value.trim();
  var filled = (id) => $(id).value.trim() !== "";
  function permalinkOf(form) {
    const q = new URLSearchParams({ f: form.id.replace(/-form$/, "") });
    for (const control of form.elements) {
      if (control.name && !control.disabled && control.value.trim() !== "") q.set(control.name, control.value.trim());
    }
    return `${location.href.split(/[?#]/)[0]}?${q}`;
  }
  function restore(formId) {
    const q = new URLSearchParams(location.search);
    if (q.get("f") !== formId.replace(/-form$/, "")) return false;
    const form = $(formId);
    for (const control of form.elements) {
      if (!control.name) continue;
      control.value = q.get(control.name) ?? (control.tagName === "SELECT" ? control.value : "");
    }
    return true;
  }
  function wire({ form, errors, result, fields, link }, compute) {
    const run = (record) => {
      const box = $(errors);
      box.hidden = true;
      box.replaceChildren();
      for (const id of Object.values(fields)) $(id).removeAttribute("aria-invalid");
      try {
        compute();
        $(result).hidden = false;
        if (link) {
          const url = permalinkOf($(form));
          $(link).value = url;
          if (record) {
            try {
              history.replaceState(null, "", url);
            } catch {
            }
          }
        }
      } catch (error) {
        $(result).hidden = true;
        box.append(...describeError(error, fields));
        box.hidden = false;
      }
    };
    $(form).addEventListener("submit", (event) => {
      event.preventDefault();
      run(true);
    });
    return run;
  }

  // scripts/docs/client/ics.js
  function fingerprint(text) {
    let h = 2166136261;
    for (const ch of new TextEncoder().encode(text)) {
      h ^= ch;
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h.toString(16).padStart(8, "0");
  }
  var escapeText = (s) => String(s).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  var compact = (iso) => iso.replace(/-/g, "");
  function fold(line) {
    const bytes = new TextEncoder();
    const out = [];
    let current = "";
    for (const ch of line) {
      const limit = out.length === 0 ? 75 : 74;
      if (bytes.encode(current + ch).length > limit) {
        out.push(current);
        current = ch;
      } else current += ch;
    }
    out.push(current);
    return out.join("\r\n ");
  }
  var isLastDay = (kind) => /last-day$|-until$/.test(kind);
  function timelineIcs(timeline, input, { stamp, cite = (c) => c, lang: lang2 = "fr" }) {
    const caseId = fingerprint(JSON.stringify(input));
    const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lp-rules//chronologie de poursuite//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    const seen = /* @__PURE__ */ new Map();
    for (const m of timeline.milestones) {
      const n = (seen.get(m.kind) ?? 0) + 1;
      seen.set(m.kind, n);
      const summary = m.label[lang2];
      lines.push(
        "BEGIN:VEVENT",
        `UID:${m.kind}${n > 1 ? `-${n}` : ""}-${caseId}@lp-rules`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(m.date)}`,
        `DTEND;VALUE=DATE:${compact(nextDay(m.date))}`,
        `SUMMARY:${escapeText(summary)}`,
        `DESCRIPTION:${escapeText(cite(m.citation))}`,
        "TRANSP:TRANSPARENT"
      );
      if (isLastDay(m.kind)) {
        lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P2D", `DESCRIPTION:${escapeText(summary)}`, "END:VALARM");
      }
      lines.push("END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    return `${lines.map(fold).join("\r\n")}\r
`;
  }

  // scripts/docs/client/motivation.js
  var W = {
    fr: {
      open: (asOf, total, edition) => `Au ${asOf}, date de référence, le minimum vital du débiteur est arrêté à ${total} par mois (édition ${edition} des normes d’insaisissabilité)`,
      items: "soit",
      unproven: (what, cite) => `${what} n’est pas pris en compte, son paiement n’étant pas établi (${cite})`,
      spouse: (income, share, cite) => `Le conjoint réalisant un revenu net de ${income} par mois, le minimum vital de la famille est réparti entre les époux en proportion de leurs revenus (${cite}) ; la part à la charge du débiteur s’élève à ${share}`,
      quota: (income, seizable, cite) => `Son revenu net étant de ${income} par mois, la part saisissable de son revenu s’élève à ${seizable} par mois (${cite})`,
      nothing: (income, cite) => `Son revenu net de ${income} par mois n’excédant pas ce montant, rien n’est saisissable (${cite})`
    },
    en: {
      open: (asOf, total, edition) => `On ${asOf}, the reference date, the debtor’s minimum for subsistence is set at ${total} a month (edition ${edition} of the seizure-exemption norms)`,
      items: "namely",
      unproven: (what, cite) => `${what} is not counted, its payment not being proven (${cite})`,
      spouse: (income, share, cite) => `The spouse earning a net ${income} a month, the family minimum is split between the spouses in proportion to their incomes (${cite}); the debtor’s share is ${share}`,
      quota: (income, seizable, cite) => `With a net income of ${income} a month, the seizable part of the income is ${seizable} a month (${cite})`,
      nothing: (income, cite) => `With a net income of ${income} a month, not above that amount, nothing is seizable (${cite})`
    }
  };
  function motivation({ minimum, quota, asOf, netIncome, spouseNetIncome }, { lang: lang2, label, cite }) {
    const w = W[lang2];
    const items = minimum.breakdown.map((b) => `${label(b.item)[lang2].toLowerCase()} ${chf(b.amount)} (${cite(b.citation)})`).join(", ");
    const sentences = [`${w.open(longDate(asOf, lang2), chf(minimum.total), minimum.normsVersion)}, ${w.items} ${items}.`];
    for (const step of minimum.trace.filter((s) => s.rule.endsWith(".expense-unproven"))) {
      sentences.push(`${w.unproven(`${label(step.values.item)[lang2]} (${chf(step.values.amount)})`, cite(step.citation))}.`);
    }
    const split = quota.trace.find((s) => s.rule.endsWith(".spouse-split") && s.values?.fired === true);
    if (split && spouseNetIncome) sentences.push(`${w.spouse(chf(spouseNetIncome), chf(quota.debtorShareOfMinimum), cite(split.citation))}.`);
    const result = quota.trace.find((s) => s.rule.endsWith(".result")) ?? quota.trace.at(-1);
    const citation = cite(result.citation);
    sentences.push(`${quota.seizable === "0.00" ? w.nothing(chf(netIncome), citation) : w.quota(chf(netIncome), chf(quota.seizable), citation)}.`);
    return sentences.join(" ");
  }

  // scripts/docs/client/playground.js
  var sdk = () => globalThis.lpRules;
  var dateNode = (iso) => el("time", { datetime: iso }, ...bi({ fr: longDate(iso, "fr"), en: longDate(iso, "en") }));
  var setDate = (id, iso) => {
    $(id).setAttribute("datetime", iso);
    $(id).replaceChildren(...bi({ fr: longDate(iso, "fr"), en: longDate(iso, "en") }));
  };
  var setMoney = (id, decimal) => {
    $(id).dataset.value = decimal;
    $(id).textContent = chf(decimal);
  };
  var EXTENSION_REASONS = {
    saturday: { fr: "samedi : reporté au prochain jour ouvrable", en: "Saturday: moved to the next working day" },
    sunday: { fr: "dimanche : reporté au prochain jour ouvrable", en: "Sunday: moved to the next working day" },
    holiday: { fr: "jour férié : reporté au prochain jour ouvrable", en: "public holiday: moved to the next working day" },
    feries: { fr: "féries : prolongé au 3e jour utile", en: "féries: extended to the 3rd working day" }
  };
  function renderExtensions(id, extensions) {
    $(id).replaceChildren(
      ...extensions.length === 0 ? [el("li", { class: "muted" }, ...bi({ fr: "Aucun report ni prolongation.", en: "No shift or extension." }))] : extensions.map((x) => el("li", { "data-reason": x.reason }, ...bi(EXTENSION_REASONS[x.reason] ?? { fr: x.reason, en: x.reason }), x.name ? [" (", el("span", { lang: "fr-CH" }, x.name), ")"] : null, " → ", dateNode(x.until)))
    );
  }
  function renderTrace(id, steps) {
    $(id).replaceChildren(...steps.map((step) => el("li", { "data-rule": step.rule }, ...bi(step.text), " — ", citeNode(step.citation))));
  }
  function startService() {
    const run = wire(
      { form: "service-form", errors: "service-errors", result: "service-result", link: "service-link", fields: { "/notifiedOn": "service-date", "/notifiedAt": "service-time", "/canton": "service-canton" } },
      () => {
        const input = { notifiedOn: dateOf("service-date"), canton: $("service-canton").value };
        if (filled("service-time")) input.notifiedAt = $("service-time").value.trim().replace(/^(\d{1,2})\s*h\s*(\d{2})$/, (_, h, m) => `${h.padStart(2, "0")}:${m}`);
        const opposition = sdk().oppositionDeadline(input);
        const payment = sdk().paymentDeadline(input);
        setDate("opposition-effective-from", opposition.effectiveFrom);
        setDate("opposition-last-day", opposition.lastDay);
        renderExtensions("opposition-extensions", opposition.extensions);
        renderTrace("opposition-trace", opposition.trace);
        setDate("payment-deadline-last-day", payment.lastDay);
        setDate("payment-deadline-continuation", payment.earliestContinuationOn);
        renderExtensions("payment-deadline-extensions", payment.extensions);
        renderTrace("payment-deadline-trace", payment.trace);
      }
    );
    return run;
  }
  var icsUrl = null;
  function startTimeline() {
    return wire(
      {
        form: "timeline-form",
        errors: "timeline-errors",
        result: "timeline-result",
        link: "timeline-link",
        fields: { "/notifiedOn": "timeline-notified", "/opposition/filedOn": "timeline-opposition", "/opposition/status": "timeline-status", "/seizure/seizedOn": "timeline-seized", "/seizure/asset": "timeline-asset" }
      },
      () => {
        const input = { notifiedOn: dateOf("timeline-notified") };
        if (filled("timeline-opposition")) input.opposition = { filedOn: dateOf("timeline-opposition"), status: $("timeline-status").value };
        if (filled("timeline-seized")) input.seizure = { seizedOn: dateOf("timeline-seized"), asset: $("timeline-asset").value };
        const timeline = sdk().caseTimeline(input);
        $("timeline-milestones").replaceChildren(
          ...timeline.milestones.map((m) => el("tr", { "data-kind": m.kind, "data-date": m.date }, el("td", null, dateNode(m.date)), el("td", null, ...bi(m.label)), el("td", null, citeNode(m.citation))))
        );
        const stamp = (/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
        const ics = timelineIcs(timeline, input, { stamp, cite: (c) => lawyerText(c).text, lang: lang() });
        if (icsUrl) URL.revokeObjectURL(icsUrl);
        icsUrl = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
        $("timeline-ics").href = icsUrl;
        $("timeline-ics").download = `poursuite-${input.notifiedOn}.ics`;
      }
    );
  }
  var HOUSEHOLD_FIELDS = {
    "/asOf": "household-asof",
    "/household/type": "household-type",
    "/household/children": "household-children",
    "/expenses/rent": "household-rent",
    "/expenses/healthInsurance": "household-health",
    "/expenses/professional": "household-professional",
    "/netIncome": "household-income",
    "/spouseNetIncome": "household-spouse-income"
  };
  var lastHousehold = null;
  function computeHousehold() {
    const children = $("household-children").value.split(/[\s,;]+/).filter((d) => d !== "").map((d) => ({ birthDate: swissOrRaw(d) }));
    const expenses = {};
    if (filled("household-rent")) expenses.rent = amountOf("household-rent");
    if (filled("household-health")) expenses.healthInsurance = [amountOf("household-health")];
    if (filled("household-professional")) expenses.professional = [amountOf("household-professional")];
    const asOf = dateOf("household-asof");
    const type = $("household-type").value;
    const minimum = sdk().computeMinimumVital({ asOf, household: { type, ...children.length ? { children } : {} }, expenses });
    const quotaInput = { netIncome: amountOf("household-income"), minimumVital: minimum.total, asOf };
    if (filled("household-spouse-income")) quotaInput.spouseNetIncome = amountOf("household-spouse-income");
    const quota = sdk().seizableQuota(quotaInput);
    const result = quota.trace.find((s) => s.rule.endsWith(".result"))?.values ?? {};
    lastHousehold = { minimum, quota, asOf, type, netIncome: result.netIncome ?? quotaInput.netIncome, spouseNetIncome: result.spouseNetIncome ?? null };
    renderHousehold(lastHousehold);
  }
  var swissOrRaw = (text) => swissDateToIso(text) ?? text;
  function renderHousehold(h) {
    const { minimum, quota } = h;
    setMoney("household-total", minimum.total);
    setMoney("household-seizable", quota.seizable);
    setMoney("household-debtor-share", quota.debtorShareOfMinimum);
    $("household-norms-version").textContent = minimum.normsVersion;
    const rows = () => minimum.breakdown.map((b) => el("tr", { "data-item": b.item }, el("th", { scope: "row" }, ...bi(itemLabel(b.item))), el("td", { class: "num", "data-value": b.amount }, chf(b.amount)), el("td", null, citeNode(b.citation))));
    $("household-breakdown").replaceChildren(...rows());
    renderTrace("household-minimum-trace", minimum.trace);
    renderTrace("household-quota-trace", quota.trace);
    const typeOption = $("household-type").selectedOptions[0];
    $("decompte-household").replaceChildren(...bi({ fr: typeOption.dataset.fr, en: typeOption.dataset.en }), childrenText(minimum.trace));
    $("decompte-asof").replaceChildren(dateNode(h.asOf));
    $("decompte-made").replaceChildren(dateNode(todayInZurich()));
    $("decompte-edition").textContent = minimum.normsVersion;
    $("decompte-breakdown").replaceChildren(...rows());
    setMoney("decompte-total", minimum.total);
    setMoney("decompte-income", h.netIncome);
    $("decompte-spouse-row").hidden = h.spouseNetIncome === null;
    if (h.spouseNetIncome !== null) setMoney("decompte-spouse-income", h.spouseNetIncome);
    setMoney("decompte-share", quota.debtorShareOfMinimum);
    setMoney("decompte-seizable", quota.seizable);
    renderMotivation();
  }
  function childrenText(trace) {
    const ages = trace.filter((s) => /\.child-(younger|older|adult)$/.test(s.rule) && s.values?.ageYears !== void 0).map((s) => s.values.ageYears);
    if (ages.length === 0) return "";
    return el("span", null, " — ", ...bi({ fr: `${ages.length} enfant(s) de ${ages.join(", ")} ans`, en: `${ages.length} child(ren) aged ${ages.join(", ")}` }));
  }
  function renderMotivation() {
    if (lastHousehold === null) return;
    const l = lang();
    $("household-motivation").value = motivation(lastHousehold, { lang: l, label: itemLabel, cite: (c) => lawyerText(c).text });
    $("household-motivation").lang = l;
  }
  var todayInZurich = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Zurich" }).format(/* @__PURE__ */ new Date());
  function startHousehold() {
    const run = wire({ form: "household-form", errors: "household-errors", result: "household-result", link: "household-link", fields: HOUSEHOLD_FIELDS }, computeHousehold);
    $("household-print").addEventListener("click", () => window.print());
    $("household-copy").addEventListener("click", () => copy("household-motivation", "household-copy-status"));
    new MutationObserver(renderMotivation).observe(document.documentElement, { attributes: true, attributeFilter: ["data-lang"] });
    return run;
  }
  async function copy(id, status) {
    const text = $(id).value;
    try {
      await navigator.clipboard.writeText(text);
      $(status).replaceChildren(...bi({ fr: "Copié.", en: "Copied." }));
    } catch {
      $(id).select();
      $(status).replaceChildren(...bi({ fr: "Texte sélectionné : copiez-le (Ctrl+C).", en: "Text selected: copy it (Ctrl+C)." }));
    }
  }
  function startPayment() {
    const showCard = () => {
      const card = $("payment-method").value === "card";
      $("payment-card").hidden = !card;
      $("payment-card").disabled = !card;
    };
    $("payment-method").addEventListener("change", showCard);
    showCard();
    return wire(
      {
        form: "payment-form",
        errors: "payment-errors",
        result: "payment-result",
        link: "payment-link",
        fields: { "/office": "payment-office", "/amount": "payment-amount", "/target": "payment-target-kind", "/target/balance": "payment-balance", "/method": "payment-method", "/method/brand": "payment-card-brand", "/method/funding": "payment-card-funding" }
      },
      () => {
        showCard();
        const method = $("payment-method").value;
        const input = {
          office: $("payment-office").value,
          amount: amountOf("payment-amount"),
          method: method === "card" ? { type: "card", brand: $("payment-card-brand").value, funding: $("payment-card-funding").value } : { type: method }
        };
        if ($("payment-target-kind").value !== "") input.target = { kind: $("payment-target-kind").value, balance: amountOf("payment-balance") };
        const result = sdk().validatePayment(input);
        $("payment-decision").dataset.accepted = String(result.accepted);
        $("payment-decision").replaceChildren(...bi(result.accepted ? { fr: "Paiement accepté", en: "Payment accepted" } : { fr: "Paiement refusé", en: "Payment refused" }));
        $("payment-balance-after").replaceChildren(result.balanceAfter ? chf(result.balanceAfter) : "—");
        $("payment-reasons").replaceChildren(
          ...result.reasons.length === 0 ? [el("li", { class: "muted" }, ...bi({ fr: "Aucun motif de refus.", en: "No reason to refuse." }))] : result.reasons.map((r) => el("li", { "data-code": r.code }, ...bi(r.message), " — ", citeNode(r.citation)))
        );
        renderTrace("payment-trace", result.trace);
      }
    );
  }
  function startPlayground() {
    if (document.getElementById("household-form") === null) return;
    if (!globalThis.lpRules) throw new Error("playground: assets/lp-rules.browser.js did not load");
    const forms = [
      ["service-form", startService()],
      ["timeline-form", startTimeline()],
      ["household-form", startHousehold()],
      ["payment-form", startPayment()]
    ];
    let linked = null;
    for (const [id, run] of forms) {
      if (restore(id)) linked = id;
      run(false);
    }
    if (linked) $(linked).scrollIntoView();
    document.documentElement.dataset.playground = "ready";
  }

  // scripts/docs/client/search.js
  var KINDS = {
    family: { fr: "Famille de normes", en: "Norm family" },
    rule: { fr: "Règle", en: "Rule" },
    parameter: { fr: "Paramètre", en: "Parameter" },
    interpretation: { fr: "Interprétation", en: "Interpretation" },
    guide: { fr: "Guide technique", en: "Technical guide" }
  };
  var fold2 = (s) => String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "").toLowerCase();
  function search(index, query) {
    const words = fold2(query).split(/[^a-z0-9._/-]+/).filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const scored = [];
    for (const entry of index) {
      const title = fold2(`${entry.title.fr} ${entry.title.en}`);
      const all = `${title} ${fold2(entry.text)}`;
      if (!words.every((w) => all.includes(w))) continue;
      const inTitle = words.filter((w) => title.includes(w)).length;
      scored.push({ entry, score: inTitle * 10 + (entry.kind === "parameter" ? 2 : entry.kind === "rule" ? 1 : 0) });
    }
    return scored.sort((a, b) => b.score - a.score).map((s) => s.entry);
  }
  function startSearch() {
    const input = document.getElementById("search-q");
    if (input === null || !Array.isArray(window.LP_SEARCH_INDEX)) return;
    const index = window.LP_SEARCH_INDEX;
    const render = () => {
      const found = search(index, input.value).slice(0, 50);
      const q = input.value.trim();
      $("search-count").replaceChildren(...q === "" ? [] : bi({ fr: `${found.length} résultat(s) pour « ${q} »`, en: `${found.length} result(s) for “${q}”` }));
      $("search-results").replaceChildren(
        ...found.map(
          (e) => el("li", { "data-kind": e.kind }, el("span", { class: "kind" }, ...bi(KINDS[e.kind])), el("br"), el("a", { href: e.url }, ...bi(e.title)), " — ", el("span", { class: "muted" }, ...bi(e.detail)))
        )
      );
    };
    input.value = new URLSearchParams(location.search).get("q") ?? "";
    input.addEventListener("input", render);
    $("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      try {
        history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
      } catch {
      }
      render();
    });
    render();
    document.documentElement.dataset.search = "ready";
  }

  // scripts/docs/client/site.js
  useLoadedNorms();
  startLanguage();
  startSearch();
  startAmounts();
  startPlayground();
  relocalize();
})();
