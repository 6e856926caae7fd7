package org.ldnworkbench.ui.internal.editor.source;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The Source page's colours: member names, strings, numbers and {@code true false null} told apart, so that a
 * misplaced quote or a number written as a string shows at a glance. Line by line, with no parsing: a broken text
 * colours as well as a valid one.
 */
final class JsonColouring extends SourceViewerConfiguration {
    private static final IToken KEY = new Token(new TextAttribute(new Color(0x7f, 0x00, 0x55), null, SWT.BOLD));
    private static final IToken STRING = new Token(new TextAttribute(new Color(0x2a, 0x00, 0xff)));
    private static final IToken NUMBER = new Token(new TextAttribute(new Color(0x00, 0x70, 0x40)));
    private static final IToken LITERAL = new Token(new TextAttribute(new Color(0x7f, 0x00, 0x55)));

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setRules(new IRule[] { JsonColouring::string, JsonColouring::number, JsonColouring::literal });
        PresentationReconciler reconciler = new PresentationReconciler();
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    /** A string to its closing quote or the line's end; a key when a ':' follows it. */
    private static IToken string(ICharacterScanner s) {
        if (s.read() != '"') {
            s.unread();
            return Token.UNDEFINED;
        }
        for (int c = s.read(); c != '"'; c = s.read()) {
            if (c == ICharacterScanner.EOF || c == '\n' || c == '\r') {
                s.unread();
                return STRING;
            }
            if (c == '\\') {
                s.read();
            }
        }
        int looked = 0;
        int c;
        do {
            c = s.read();
            looked++;
        } while (c == ' ' || c == '\t');
        for (int i = 0; i < looked; i++) {
            s.unread();
        }
        return c == ':' ? KEY : STRING;
    }

    private static IToken number(ICharacterScanner s) {
        int c = s.read();
        if (c != '-' && (c < '0' || c > '9')) {
            s.unread();
            return Token.UNDEFINED;
        }
        do {
            c = s.read();
        } while (c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-');
        s.unread();
        return NUMBER;
    }

    private static IToken literal(ICharacterScanner s) {
        for (String word : new String[] { "true", "false", "null" }) {
            int read = 0;
            while (read < word.length() && s.read() == word.charAt(read)) {
                read++;
            }
            if (read == word.length()) {
                return LITERAL;
            }
            for (int i = 0; i <= Math.min(read, word.length() - 1); i++) {
                s.unread();
            }
        }
        return Token.UNDEFINED;
    }
}
