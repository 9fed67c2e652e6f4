package io.rivulet.sql.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * Reports the first syntax error as a {@code ParseException} worded as Spark's ({@code SparkParserErrorStrategy}):
 * {@code Syntax error at or near 'FROM'}, with {@code : extra input 'x'} or {@code : missing 'JOIN'} where ANTLR
 * knows which token was extra or missing, and {@code end of input} for the end. It never recovers: the first
 * error ends the parse.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    @Override
    protected String getTokenErrorDisplay(Token token) {
        String display = super.getTokenErrorDisplay(token);
        return display.equals("'<EOF>'") ? "end of input" : display;
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        throw ParseErrors.syntaxError(e.getOffendingToken(), getTokenErrorDisplay(e.getOffendingToken()), "");
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        throw ParseErrors.syntaxError(e.getOffendingToken(), getTokenErrorDisplay(e.getOffendingToken()), "");
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        throw ParseErrors.syntaxError(e.getOffendingToken(), e.getMessage(), "");
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        String display = getTokenErrorDisplay(current);
        throw ParseErrors.syntaxError(current, display, ": extra input " + display);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        String expected = getExpectedTokens(recognizer).toString(recognizer.getVocabulary());
        throw ParseErrors.syntaxError(current, getTokenErrorDisplay(current), ": missing " + expected);
    }
}
