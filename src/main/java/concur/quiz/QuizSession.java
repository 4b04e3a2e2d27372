package concur.quiz;

import concur.catalog.Question;
import concur.console.Style;
import concur.render.ProseFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Asks a lesson's questions one by one, with feedback and the explanation after each, and keeps the score. */
public final class QuizSession {
    private final PrintWriter out;
    private final Style style;
    private final AnswerSource answers;
    private final ProseFormat prose;

    public QuizSession(PrintWriter out, Style style, int width, AnswerSource answers) {
        this.out = out;
        this.style = style;
        this.answers = answers;
        this.prose = new ProseFormat(style, width);
    }

    public QuizResult run(List<Question> questions) {
        int correct = 0;
        int answered = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            out.println();
            out.println(style.bold("Question " + (i + 1) + "/" + questions.size()));
            prose.format(question.prompt()).forEach(out::println);
            out.flush();
            Optional<Boolean> right = ask(question);
            if (right.isEmpty()) {
                out.println(style.dim("Quiz stopped after " + answered + " of " + questions.size() + " questions."));
                break;
            }
            answered++;
            if (right.get()) {
                correct++;
                out.println(style.green(style.check() + " Right."));
            } else {
                out.println(style.red(style.cross() + " Not quite.") + " The answer: " + question.correctAnswer());
            }
            prose.format(question.explanation()).forEach(line -> out.println(style.dim(line)));
            out.flush();
        }
        QuizResult result = new QuizResult(correct, answered, questions.size());
        out.println();
        out.println(style.bold("Score: " + result.score()));
        out.flush();
        return result;
    }

    private Optional<Boolean> ask(Question question) {
        return switch (question) {
            case Question.Choice choice -> answers.choose(choice).map((Set<Integer> picked) -> choice.isCorrect(picked));
            case Question.Typed typed -> answers.type(typed).map(typed::isCorrect);
        };
    }
}
