import { sendFeedback } from "./chat-client.js";
import { h, ICON_THUMB } from "./dom.js";

/**
 * 👍/👎 under an answer: the rating goes to POST /api/feedback at once; an optional comment is a second post with
 * the same answerId and rating. `host` is the element (t, uid, server, save, announce).
 */
export function renderFeedback(host, message, index) {
  const t = host.t;
  const state = message.feedback || {};
  const box = h("div", { class: "feedback" });
  const qid = `${host.uid}-fb-${index}`;
  const rate = async (rating) => {
    message.feedback = { rating };
    host.save();
    up.setAttribute("aria-pressed", String(rating === "up"));
    down.setAttribute("aria-pressed", String(rating === "down"));
    commentForm.hidden = false;
    thanks.textContent = t.feedbackThanks;
    thanks.hidden = false;
    host.announce(t.feedbackThanks);
    try {
      await sendFeedback(host.server, { answerId: message.answer.id, rating });
    } catch {
      thanks.textContent = t.feedbackFailed;
      host.announce(t.feedbackFailed);
    }
  };
  const up = h("button", {
    class: "btn quiet",
    type: "button",
    "aria-pressed": String(state.rating === "up"),
    onclick: () => rate("up"),
  });
  up.innerHTML = ICON_THUMB;
  up.append(h("span", { text: t.feedbackYes }));
  const down = h("button", {
    class: "btn quiet",
    type: "button",
    "aria-pressed": String(state.rating === "down"),
    onclick: () => rate("down"),
  });
  down.innerHTML = ICON_THUMB;
  down.classList.add("thumb-down");
  down.append(h("span", { text: t.feedbackNo }));
  const thanks = h("p", { class: "done", hidden: !state.rating, text: state.commented ? t.feedbackCommentThanks : t.feedbackThanks });
  const cid = `${qid}-c`;
  const comment = h("textarea", { class: "input", id: cid, rows: "2", maxlength: "1000", "aria-describedby": `${cid}-hint` });
  const commentForm = h(
    "form",
    {
      class: "comment",
      hidden: !state.rating || state.commented,
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const text = comment.value.trim();
        if (!text) {
          comment.focus();
          return;
        }
        try {
          await sendFeedback(host.server, { answerId: message.answer.id, rating: message.feedback.rating, comment: text });
          message.feedback.commented = true;
          host.save();
          thanks.textContent = t.feedbackCommentThanks;
          commentForm.hidden = true;
          host.announce(t.feedbackCommentThanks);
          thanks.setAttribute("tabindex", "-1");
          thanks.focus(); // the form the person was in has gone: put them on its result
        } catch {
          host.announce(t.feedbackFailed);
          thanks.textContent = t.feedbackFailed;
        }
      },
    },
    h("div", { class: "field" },
      h("label", { for: cid, text: t.feedbackCommentLabel }),
      h("span", { class: "hint", id: `${cid}-hint`, text: t.feedbackCommentHint }),
      comment,
    ),
    h("button", { class: "btn secondary", type: "submit", text: t.feedbackSend }),
  );
  box.append(
    h("div", { class: "row", role: "group", "aria-labelledby": qid }, h("p", { id: qid, text: t.feedbackQuestion }), up, down),
    thanks,
    commentForm,
  );
  return box;
}
