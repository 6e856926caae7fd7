package org.ldnworkbench.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Finding widgets in a test: by type and by what a user sees (text, tooltip) or by a data key the product sets for
 * tests and accessibility ({@code control.setData("org.ldnworkbench.id", "palette.filter")}). The search walks the
 * controls of a composite (or of every shell) and the items of tool bars and tab folders; tree and table items are
 * not walked (ask the viewer for them).
 */
public final class Widgets {
    private Widgets() {
    }

    /** @return every widget of {@code type} under {@code root} (itself included) that passes {@code filter}, in tree order */
    public static <T extends Widget> List<T> all(Composite root, Class<T> type, Predicate<? super T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    /** @return every widget of {@code type} in any open shell of the current display that passes {@code filter} */
    public static <T extends Widget> List<T> all(Class<T> type, Predicate<? super T> filter) {
        List<T> found = new ArrayList<>();
        for (Shell shell : UiWait.display().getShells()) {
            collect(shell, type, filter, found);
        }
        return found;
    }

    /**
     * @param what what is looked for, for the failure message ("the Reset button")
     * @return the first widget of {@code type} under {@code root} that passes {@code filter}
     */
    public static <T extends Widget> T find(Composite root, Class<T> type, Predicate<? super T> filter, String what) {
        List<T> found = all(root, type, filter);
        if (found.isEmpty()) {
            fail("No " + type.getSimpleName() + " that is " + what + " under " + describe(root));
        }
        return found.get(0);
    }

    /** As {@link #find}, waiting (and dispatching events) until the widget appears in any shell. */
    public static <T extends Widget> T await(Class<T> type, Predicate<? super T> filter, String what, Duration timeout) {
        return UiWait.forValue(type.getSimpleName() + " that is " + what,
                () -> all(type, filter).stream().findFirst().orElse(null), timeout);
    }

    /**
     * @param root where to look
     * @param label the text of a label (mnemonic ampersands ignored), e.g. {@code "File name:"}
     * @return the control that follows the label in its parent: the field a form lays out beside it
     */
    public static Control besideLabel(Composite root, String label) {
        Label found = find(root, Label.class, withText(label), "labelled '" + label + "'");
        Control[] siblings = found.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == found) {
                return siblings[i + 1];
            }
        }
        return fail("Nothing follows the label '" + label + "' in " + describe(found.getParent()));
    }

    /**
     * @param tree a tree whose items are created (a viewer with its items expanded)
     * @param text the text of an item at any depth
     * @return the first item showing exactly {@code text}, depth first
     */
    public static TreeItem treeItem(Tree tree, String text) {
        TreeItem found = treeItem(tree.getItems(), text);
        if (found == null) {
            fail("No item '" + text + "' in the tree " + describe(tree));
        }
        return found;
    }

    private static TreeItem treeItem(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (text.equals(item.getText())) {
                return item;
            }
            TreeItem below = treeItem(item.getItems(), text);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** @return a filter for widgets showing exactly {@code text} (mnemonic ampersands ignored) */
    public static Predicate<Widget> withText(String text) {
        return widget -> text.equals(stripMnemonic(textOf(widget)));
    }

    /** @return a filter for widgets whose tooltip is exactly {@code tooltip} */
    public static Predicate<Widget> withTooltip(String tooltip) {
        return widget -> tooltip.equals(tooltipOf(widget));
    }

    /** @return a filter for widgets whose {@code getData(key)} equals {@code value} */
    public static Predicate<Widget> withData(String key, Object value) {
        return widget -> Objects.equals(widget.getData(key), value);
    }

    /** @return a filter for controls that are visible on screen (their own and every parent's visibility) */
    public static Predicate<Widget> visible() {
        return widget -> !(widget instanceof Control control) || control.isVisible();
    }

    /** @return the text a user sees on {@code widget}, or {@code null} for a widget without text */
    public static String textOf(Widget widget) {
        if (widget instanceof Item item) {
            return item.getText();
        } else if (widget instanceof Button button) {
            return button.getText();
        } else if (widget instanceof Label label) {
            return label.getText();
        } else if (widget instanceof CLabel label) {
            return label.getText();
        } else if (widget instanceof Text text) {
            return text.getText();
        } else if (widget instanceof Combo combo) {
            return combo.getText();
        } else if (widget instanceof Link link) {
            return link.getText();
        } else if (widget instanceof Group group) {
            return group.getText();
        } else if (widget instanceof Decorations shell) {
            return shell.getText();
        }
        return null;
    }

    /** @return the tooltip of {@code widget}, or {@code null} */
    public static String tooltipOf(Widget widget) {
        if (widget instanceof Control control) {
            return control.getToolTipText();
        } else if (widget instanceof ToolItem item) {
            return item.getToolTipText();
        } else if (widget instanceof CTabItem item) {
            return item.getToolTipText();
        } else if (widget instanceof TabItem item) {
            return item.getToolTipText();
        }
        return null;
    }

    /** @return a short description of a widget for failure messages: its type, text and, for a control, its shell */
    public static String describe(Widget widget) {
        StringBuilder text = new StringBuilder(widget.getClass().getSimpleName());
        String shown = textOf(widget);
        if (shown != null && !shown.isEmpty()) {
            text.append(" '").append(shown).append('\'');
        }
        if (widget instanceof Control control && !(control instanceof Shell)) {
            text.append(" in shell '").append(control.getShell().getText()).append('\'');
        }
        return text.toString();
    }

    private static <T extends Widget> void collect(Widget widget, Class<T> type, Predicate<? super T> filter,
            List<T> found) {
        if (widget.isDisposed()) {
            return;
        }
        if (type.isInstance(widget) && filter.test(type.cast(widget))) {
            found.add(type.cast(widget));
        }
        for (Widget item : itemsOf(widget)) {
            collect(item, type, filter, found);
        }
        if (widget instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, filter, found);
            }
        }
    }

    private static Widget[] itemsOf(Widget widget) {
        if (widget instanceof ToolBar bar) {
            return bar.getItems();
        } else if (widget instanceof CTabFolder folder) {
            return folder.getItems();
        } else if (widget instanceof TabFolder folder) {
            return folder.getItems();
        }
        return new Widget[0];
    }

    private static String stripMnemonic(String text) {
        return text == null ? null : text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
    }
}
