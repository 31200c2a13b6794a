import type { Assistant } from "../assistant.ts";
import type { AnswerRecorder } from "./answer-recorder.ts";

/** The assistant, with every answer it gives handed to the recorder (which writes it after it is sent). */
export function recordingAssistant(assistant: Assistant, recorder: AnswerRecorder): Assistant {
  return {
    ...assistant,
    async answer(request, options) {
      const answer = await assistant.answer(request, options);
      recorder.record(request, answer);
      return answer;
    },
  };
}
