package org.ldnworkbench.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/**
 * Driving widgets in a test, two ways. {@code notify...} and {@link #select} call a widget's listeners directly:
 * exact and independent of focus, but they bypass the native widget (no native selection, no key binding).
 * {@code post...} ({@link Display#post}) sends real mouse and key events through the window system, as a user's
 * would: key bindings, focus, drag and drop and native behaviour take part, so the target must be visible and its
 * shell active ({@link #focus}).
 */
public final class Events {
    /** How long a posted pointer move may take to land. */
    private static final Duration POINTER_TIMEOUT = Duration.ofSeconds(5);

    private Events() {
    }

    /** Calls {@code widget}'s listeners of {@code type} (an {@link SWT} event constant) with a plain event. */
    public static void notify(Widget widget, int type) {
        notify(widget, type, new Event());
    }

    /** Calls {@code widget}'s listeners of {@code type} with {@code event} (its widget set to {@code widget}). */
    public static void notify(Widget widget, int type, Event event) {
        event.widget = widget;
        event.display = widget.getDisplay();
        event.type = type;
        widget.notifyListeners(type, event);
        UiWait.processEvents();
    }

    /** Presses a push button, or toggles a check box, radio button or toggle, as a click would. */
    public static void select(Button button) {
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        notify(button, SWT.Selection);
    }

    /**
     * Calls {@code control}'s mouse listeners with a left click at {@code at} (press and release), as SWT delivers
     * one: for controls that draw and hit-test everything themselves (a canvas), where a posted click's position is
     * not reliable (under Xvfb, GTK reports posted button presses at the screen's corner).
     */
    public static void notifyClick(Control control, Point at) {
        notifyMouse(control, SWT.MouseDown, at, 0);
        notifyMouse(control, SWT.MouseUp, at, SWT.BUTTON1);
    }

    /** Calls {@code control}'s mouse listeners with a drag of the left button from {@code from} to {@code to}. */
    public static void notifyDrag(Control control, Point from, Point to) {
        notifyPress(control, from);
        notifyMoveInSteps(control, from, to);
        notifyRelease(control, to);
    }

    /** Calls {@code control}'s listeners with a press of the left button at {@code at}, to begin a drag. */
    public static void notifyPress(Control control, Point at) {
        notifyMouse(control, SWT.MouseMove, at, 0);
        notifyMouse(control, SWT.MouseDown, at, 0);
    }

    /** Calls {@code control}'s listeners with moves, the left button held, from {@code from} to {@code to}. */
    public static void notifyMoveInSteps(Control control, Point from, Point to) {
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            notifyMouse(control, SWT.MouseMove,
                    new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps),
                    SWT.BUTTON1);
        }
    }

    /** Calls {@code control}'s listeners with the release of the left button at {@code at}, ending a drag. */
    public static void notifyRelease(Control control, Point at) {
        notifyMouse(control, SWT.MouseUp, at, SWT.BUTTON1);
    }

    private static void notifyMouse(Control control, int type, Point at, int stateMask) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = stateMask;
        event.count = type == SWT.MouseMove ? 0 : 1;
        notify(control, type, event);
    }

    /** Brings {@code control}'s shell to the front and gives {@code control} the keyboard focus. */
    public static void focus(Control control) {
        control.getShell().forceActive();
        control.forceFocus();
        UiWait.until("the focus on " + Widgets.describe(control), () -> {
            control.forceFocus();
            return control.isFocusControl();
        });
    }

    /** Posts a left click at the centre of {@code control}. */
    public static void postClick(Control control) {
        Rectangle size = control.getBounds();
        postClick(control, new Point(size.width / 2, size.height / 2));
    }

    /** Posts a left click at {@code at}, in {@code control}'s coordinates. */
    public static void postClick(Control control, Point at) {
        postMove(control, at);
        postButton(control.getDisplay(), SWT.MouseDown, 1);
        postButton(control.getDisplay(), SWT.MouseUp, 1);
        UiWait.processEvents();
    }

    /**
     * Posts a drag with the left button from {@code from} to {@code to} (both in {@code control}'s coordinates), in
     * steps, so that drag detection and the drag feedback see the pointer move.
     */
    public static void postDrag(Control control, Point from, Point to) {
        postMove(control, from);
        postButton(control.getDisplay(), SWT.MouseDown, 1);
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            postMove(control, new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
        postButton(control.getDisplay(), SWT.MouseUp, 1);
        UiWait.processEvents();
    }

    /**
     * Presses the left button at {@code at} (in {@code control}'s coordinates) without releasing it, so that a test
     * can look at what a drag shows while it is under way (feedback, a refusal) before {@link #postRelease}.
     */
    public static void postPress(Control control, Point at) {
        postMove(control, at);
        postButton(control.getDisplay(), SWT.MouseDown, 1);
        UiWait.processEvents();
    }

    /** Moves the pointer with the button held from {@code from} to {@code to}, in steps, as a hand would. */
    public static void postMoveInSteps(Control control, Point from, Point to) {
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            postMove(control, new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
            UiWait.processEvents();
        }
    }

    /** Releases the left button where the pointer is (the end of a drag begun with {@link #postPress}). */
    public static void postRelease(Control control) {
        postButton(control.getDisplay(), SWT.MouseUp, 1);
        UiWait.processEvents();
    }

    /** Moves the pointer to {@code at}, in {@code control}'s coordinates. */
    public static void postMove(Control control, Point at) {
        Point onScreen = control.toDisplay(at);
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = onScreen.x;
        event.y = onScreen.y;
        post(control.getDisplay(), event, "move the pointer to " + onScreen);
        // GTK warps the pointer asynchronously: a button posted before the warp lands would press where the pointer
        // was (seen under Xvfb: press and release at the screen's corner, the moves after them)
        UiWait.until("the pointer to reach " + onScreen, () -> onScreen.equals(control.getDisplay().getCursorLocation()),
                POINTER_TIMEOUT);
    }

    /**
     * Posts a key stroke to the focus control: the modifiers pressed, the key pressed and released, the modifiers
     * released.
     *
     * @param key a character ({@code 'z'}) or an SWT key code ({@code SWT.DEL}, {@code SWT.F2}, {@code SWT.CR})
     * @param modifiers {@code SWT.CTRL}, {@code SWT.SHIFT}, {@code SWT.ALT}
     */
    public static void postKey(int key, int... modifiers) {
        Display display = UiWait.display();
        for (int modifier : modifiers) {
            postKeyEvent(display, SWT.KeyDown, modifier, '\0');
        }
        boolean character = key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0;
        // Enter, Escape, Tab, Backspace and Delete are characters in SWT but keys to the window system: posted as a
        // character alone, GTK does not find their key (a posted Enter closed a cell editor without applying it)
        int keyCode = !character || isControlKey(key) ? key : 0;
        char shown = character ? (char) key : '\0';
        postKeyEvent(display, SWT.KeyDown, keyCode, shown);
        postKeyEvent(display, SWT.KeyUp, keyCode, shown);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            postKeyEvent(display, SWT.KeyUp, modifiers[i], '\0');
        }
        UiWait.processEvents();
    }

    private static boolean isControlKey(int key) {
        return key == SWT.CR || key == SWT.LF || key == SWT.ESC || key == SWT.TAB || key == SWT.BS || key == SWT.DEL;
    }

    /** Types {@code text} into the focus control, one key stroke per character. */
    public static void postText(String text) {
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                postKey(Character.toLowerCase(c), SWT.SHIFT);
            } else {
                postKey(c);
            }
        }
    }

    private static void postKeyEvent(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        post(display, event, (type == SWT.KeyDown ? "press" : "release") + " key "
                + (character != '\0' ? "'" + character + "'" : "code " + keyCode));
    }

    private static void postButton(Display display, int type, int button) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        post(display, event, (type == SWT.MouseDown ? "press" : "release") + " mouse button " + button);
    }

    private static void post(Display display, Event event, String what) {
        if (!display.post(event)) {
            fail("The window system refused to " + what + " (Display.post; under X11 it needs the XTEST extension)");
        }
    }
}
