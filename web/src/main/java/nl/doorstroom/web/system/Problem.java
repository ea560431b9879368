package nl.doorstroom.web.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with a request: in English for the API, and as message key {@code problem.<code>}
 * with arguments for the pages, which show it in the user's language.
 */
public record Problem(String code, List<Object> args, String english) implements MessageSourceResolvable {

    public static Problem of(String code, String english, Object... args) {
        return new Problem(code, Arrays.asList(args), english);
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {"problem." + code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return english;
    }
}
