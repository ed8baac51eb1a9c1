package cn.gov.huiji.fourlists.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The e-mails the local SMTP server (deploy/local/mail) wrote to run/mail/, read as a person would: the envelope
 * recipient, the decoded subject and the decoded text.
 */
final class LocalMail {

    static final Path FOLDER = Suite.REPO.resolve("run/mail");

    record Message(Path file, String to, String subject, String text) {
    }

    private LocalMail() {
    }

    /** Waits for a message to {@code to} whose subject and text contain the given words. */
    static Message awaitMessage(String to, String subjectPart, String textPart, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            Optional<Message> found = all().stream().filter(m -> m.to().contains(to) && m.subject().contains(subjectPart)
                    && m.text().contains(textPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no e-mail to " + to + " with subject containing '" + subjectPart + "' and text containing '"
                + textPart + "' in " + FOLDER + " within " + within.toSeconds() + " s; there are: "
                + all().stream().map(m -> m.to() + " / " + m.subject()).toList());
    }

    static List<Message> all() {
        if (!Files.isDirectory(FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().map(LocalMail::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Message read(Path file) {
        try {
            String raw = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            int split = raw.indexOf("\n\n");
            String headers = raw.substring(0, split).replaceAll("\n[ \t]+", " "); // unfold
            String body = raw.substring(split + 2);
            String to = header(headers, "X-Envelope-To");
            String subject = decodeWords(header(headers, "Subject"));
            String encoding = header(headers, "Content-Transfer-Encoding").toLowerCase();
            if (header(headers, "Content-Type").startsWith("multipart/")) {
                // the text part: its own headers, then its body up to the next boundary
                Matcher part = Pattern.compile("(?s)\n\n(.*?)\n--").matcher(body.substring(body.indexOf("Content-Type: text/plain")));
                encoding = body.contains("Content-Transfer-Encoding: base64") ? "base64"
                        : body.contains("Content-Transfer-Encoding: quoted-printable") ? "quoted-printable" : "";
                body = part.find() ? part.group(1) : body;
            }
            return new Message(file, to, subject, decodeBody(body, encoding));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String headers, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(headers);
        return m.find() ? m.group(1).trim() : "";
    }

    /** RFC 2047 encoded words (=?UTF-8?B?…?= or =?UTF-8?Q?…?=). */
    static String decodeWords(String value) {
        Matcher m = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=").matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String between = value.substring(last, m.start());
            out.append(between.isBlank() ? "" : between);
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3))
                    : quotedPrintable(m.group(3).replace('_', ' '));
            out.append(new String(bytes, StandardCharsets.UTF_8));
            last = m.end();
        }
        return out.append(value.substring(last)).toString();
    }

    static String decodeBody(String body, String encoding) {
        byte[] bytes = switch (encoding) {
            case "base64" -> Base64.getMimeDecoder().decode(body.trim());
            case "quoted-printable" -> quotedPrintable(body.replace("=\n", ""));
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] quotedPrintable(String text) {
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && isHex(text, i + 1)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String text, int at) {
        return at + 2 <= text.length() && text.substring(at, at + 2).matches("[0-9A-Fa-f]{2}");
    }
}
