package org.camino.synthetic.control;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Small pools of given and family names per region, in Latin script as
 * caseworkers type them (a few with accents, which blind indexes fold).
 * Small on purpose: real registers are full of namesakes, and blind-index
 * search and duplicate warnings must cope with that. In regions where people
 * carry their father's name, a second given name is often added.
 */
public final class NamePools {

    public enum Region { HORN_OF_AFRICA, ARABIC, WEST_AFRICA, GREAT_LAKES, SOUTH_ASIA, OTHER }

    private record Pool(Weighted<String> male, Weighted<String> female, Weighted<String> family, double fathersName) {
    }

    private static final Map<Region, Pool> POOLS = Map.of(
            Region.HORN_OF_AFRICA, new Pool(
                    Weighted.zipf("Mohamed Abdi Ahmed Hassan Ali Abdullahi Omar Ibrahim Yusuf Abdirahman Mohamud Ismail"
                            + " Aden Farah Osman Hussein Abdikadir Bashir Liban Guled Dawit Yonas Tesfaye Bereket Samuel"
                            + " Mulugeta Kiros Haile Tekle Abdiwali"),
                    Weighted.zipf("Fadumo Amina Hodan Halima Asha Sahra Hawa Faisa Maryan Nimco Ubah Safiya Khadija"
                            + " Deeqa Sagal Ifrah Hibaaq Muna Ayan Filsan Hiwot Selam Tigist Meron Saba Rahel Aster"
                            + " Helen Almaz Zeynab"),
                    Weighted.zipf("Warsame Farah Hassan Mohamed Ali Abdi Ahmed Jama Osman Nur Yusuf Ismail Omar"
                            + " Hersi Egal Guled Dahir Elmi Samatar Duale Mohamud Gedi Tesfaye Gebremariam Haile"
                            + " Tekle Berhane Kidane Abraha Woldemichael Desta Negash Mekonnen Girma Alemu Bekele"
                            + " Tadesse Ayele Asfaw Wolde"),
                    0.6),
            Region.ARABIC, new Pool(
                    Weighted.zipf("Mohammad Ahmad Ali Omar Khaled Hussein Mahmoud Abdullah Yousef Ibrahim Mustafa Hasan"
                            + " Bilal Samer Tariq Rami Fadi Ammar Majed Nizar Walid Karim Ziad Anas Hamza Saleh Jamal"
                            + " Faisal Adnan Hani"),
                    Weighted.zipf("Fatima Mariam Aisha Zainab Huda Noor Rania Lina Rasha Hala Amal Salma Yasmin Dima"
                            + " Reem Hiba Nour Samira Layla Sara Ghada Maha Widad Asma Rawan Duaa Hanan Nisreen Manal"
                            + " Jana"),
                    Weighted.zipf("Al-Hassan Al-Ahmad Haddad Khalil Al-Ali Saleh Hamdan Mansour Nasser Darwish"
                            + " Al-Khatib Qasim Barakat Hijazi Najjar Sabbagh Haddadin Khoury Suleiman Othman Jaber"
                            + " Zaher Al-Masri Shami Halabi Hamoud Rashid Al-Jubouri Al-Tamimi Al-Obaidi Aziz Karam"
                            + " Mahfouz Yassin Abbas Ghanem Fares Issa Awad Hammoud"),
                    0.5),
            Region.WEST_AFRICA, new Pool(
                    Weighted.zipf("Mamadou Moussa Ibrahim Abdoulaye Ousmane Amadou Boubacar Seydou Souleymane Issa"
                            + " Adama Lamine Modou Bakary Sekou Oumar Alassane Chinedu Emeka Oluwaseun Tunde Kwame"
                            + " Kofi Yaw Idrissa Cheikh Mahamadou Hamidou Aliou Djibril"),
                    Weighted.zipf("Fatoumata Aminata Mariama Aïssatou Kadiatou Hawa Awa Fanta Aïcha Binta Ramatou"
                            + " Salimata Oumou Adjoa Ama Akosua Ngozi Chioma Blessing Joy Precious Funmilayo Yetunde"
                            + " Rokia Djeneba Assétou Nafissatou Hadiza Zalika Safiatou"),
                    Weighted.zipf("Diallo Traoré Coulibaly Keïta Camara Sow Bah Barry Touré Konaté Cissé Sylla Diarra"
                            + " Sangaré Koné Ouédraogo Sawadogo Diop Ndiaye Fall Mbaye Sarr Gueye Okafor Okonkwo"
                            + " Adeyemi Olawale Mensah Owusu Boateng Asante Abubakar Mahamane Issoufou Moussa Hamani"
                            + " Oumarou Saidou Yameogo Kaboré"),
                    0.1),
            Region.GREAT_LAKES, new Pool(
                    Weighted.zipf("Jean Pierre Emmanuel Joseph Patrick Eric Innocent Claude Didier Fabrice Olivier"
                            + " Alain Christian Jacques Théogène Deng John James Peter Samuel Michael David Gatluak"
                            + " Nyang Kuol Garang Majok Lual Akol Bosco"),
                    Weighted.zipf("Marie Claudine Josiane Béatrice Chantal Espérance Immaculée Solange Jeanne Aline"
                            + " Grace Ange Divine Mary Rebecca Nyibol Achol Abuk Nyandeng Akuol Ayen Sarah Elizabeth"
                            + " Martha Esther Rose Agnes Joyce Mercy Furaha"),
                    Weighted.zipf("Mukamana Niyonzima Habimana Uwimana Nkurunziza Ndayishimiye Hakizimana Bizimana"
                            + " Nsengiyumva Ntakirutimana Irakoze Kabila Mbuyi Kalonji Tshibangu Ilunga Mukendi"
                            + " Kasongo Mwamba Banza Deng Garang Akol Majok Malual Chol Kuol Nyuon Mabior Bol Wani"
                            + " Lado Kenyi Okello Odongo Opio Ochieng Mugisha Tumusiime Byaruhanga"),
                    0.15),
            Region.SOUTH_ASIA, new Pool(
                    Weighted.zipf("Mohammad Ahmad Abdul Ali Hamid Rahim Karim Mustafa Nasir Javed Farid Bashir Zahir"
                            + " Rashid Sayed Habib Mahmood Shafiq Aziz Jamil Rafiq Nur Hossain Abul Kamal Rohim Salim"
                            + " Anwar Imran Zubair"),
                    Weighted.zipf("Fatima Zahra Maryam Khadija Parwana Nargis Shabana Farzana Roya Laila Sima Gulnaz"
                            + " Nasrin Samira Habiba Rukhsana Shirin Setara Hamida Zarmina Nadia Shazia Rahima Taslima"
                            + " Ayesha Rokeya Jahanara Sultana Nasima Arifa"),
                    Weighted.zipf("Ahmadi Hussaini Mohammadi Rahimi Karimi Hakimi Noori Sultani Haidari Amiri Qaderi"
                            + " Rezaei Azizi Sharifi Popal Durrani Wardak Safi Stanikzai Yousufzai Khan Begum Akter"
                            + " Hossain Uddin Islam Rahman Miah Sarkar Chowdhury Ali Shah Baig Qureshi Malik Butt"
                            + " Siddiqui Rahmani Jafari Mohseni"),
                    0.3),
            Region.OTHER, new Pool(
                    Weighted.zipf("José Luis Carlos Juan Miguel Andrés Jorge Pedro Alejandro Daniel Oleksandr Andriy"
                            + " Serhiy Dmytro Ivan Mykola Aram Levan Giorgi Artur Tigran Nikolai Pablo Diego Mateo"
                            + " Santiago Rafael Víctor Manuel Kevin"),
                    Weighted.zipf("María Ana Carmen Rosa Lucía Isabel Gabriela Valentina Daniela Andrea Olena Iryna"
                            + " Natalia Tetiana Oksana Yulia Nino Tamar Anahit Lilit Mariana Paola Camila Sofía"
                            + " Fernanda Luz Gloria Marta Elena Victoria"),
                    Weighted.zipf("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres"
                            + " Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Castillo Shevchenko"
                            + " Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Petrenko Beridze"
                            + " Kapanadze Gelashvili Hovhannisyan Petrosyan Sargsyan Grigoryan Mendoza Vargas Rojas"
                            + " Silva"),
                    0.05));

    private static final Map<Region, Set<String>> NATIONALITIES = Map.of(
            Region.HORN_OF_AFRICA, Set.of("SOM", "ETH", "ERI", "DJI"),
            Region.ARABIC, Set.of("SYR", "IRQ", "JOR", "YEM", "LBY", "EGY", "SDN", "LBN", "PSE", "TUN", "DZA", "MAR"),
            Region.WEST_AFRICA, Set.of("NGA", "MLI", "GIN", "CIV", "SEN", "CMR", "BFA", "GMB", "GHA", "NER", "TCD",
                    "SLE", "LBR", "TGO", "BEN", "GNB", "MRT"),
            Region.GREAT_LAKES, Set.of("COD", "BDI", "RWA", "UGA", "SSD", "KEN", "TZA", "CAF", "COG"),
            Region.SOUTH_ASIA, Set.of("AFG", "PAK", "BGD", "IRN", "MMR", "IND", "NPL", "LKA"));

    private NamePools() {
    }

    public static Region regionOf(String nationality) {
        return NATIONALITIES.entrySet().stream().filter(e -> e.getValue().contains(nationality))
                .map(Map.Entry::getKey).findFirst().orElse(Region.OTHER);
    }

    public static String givenName(Region region, boolean female, SplittableRandom random) {
        Pool pool = POOLS.get(region);
        String given = (female ? pool.female : pool.male).pick(random);
        return random.nextDouble() < pool.fathersName ? given + " " + pool.male.pick(random) : given;
    }

    /** A child's given name, with the father's given name as second name where that is the custom. */
    public static String childGivenName(Region region, boolean female, String fathersGivenName, SplittableRandom random) {
        Pool pool = POOLS.get(region);
        String given = (female ? pool.female : pool.male).pick(random);
        return pool.fathersName >= 0.5 && fathersGivenName != null
                ? given + " " + fathersGivenName.split(" ")[0] : given;
    }

    public static String familyName(Region region, SplittableRandom random) {
        return POOLS.get(region).family.pick(random);
    }
}
