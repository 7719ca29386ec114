package se.stockholm.vbe.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.security.PasswordHash;

/**
 * {@code vbe:password-hash}: asks for a password twice (not echoed, never an argument, so it stays out of
 * the shell's history) and prints the value to write into {@code etc/users.properties}. Without a terminal
 * (bin/client -b, a script) it reads one line from its input instead: {@code echo … | vbe:password-hash}.
 */
@Service
@Command(scope = "vbe", name = "password-hash",
        description = "Prints a salted PBKDF2 hash of a password for etc/users.properties")
public class PasswordHashCommand implements Action {

    @Reference
    Session session;

    @Override
    public Object execute() throws IOException {
        String password;
        String again;
        try {
            password = session.readLine("Password: ", '*');
            again = session.readLine("Again: ", '*');
        } catch (UnsupportedOperationException noTerminal) {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            again = password;
        }
        if (password == null || password.isEmpty()) {
            System.err.println("An empty password is not allowed.");
            return null;
        }
        if (!password.equals(again)) {
            System.err.println("The passwords differ.");
            return null;
        }
        System.out.println(PasswordHash.MARKER + PasswordHash.hash(password) + PasswordHash.MARKER);
        System.out.println("Write it as: user = <this value>,role,... in etc/users.properties");
        return null;
    }
}
