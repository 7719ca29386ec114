package se.stockholm.vbe.jetty.internal;

/**
 * A JSON string literal. The fragment lives in pax-web-jetty's class space, where Jackson is not wired;
 * a problem body has two strings, so this is all the JSON it needs.
 */
final class Json {

    private Json() {
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
