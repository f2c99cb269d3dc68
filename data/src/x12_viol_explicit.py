# Second batch (x*): sexual.explicit.  Offers of explicit content or
# services (porn sites, cams, escorts, "happy ending" massage, explicit chat,
# fetish marketplaces, position guides).  Worded the way spam ads word them;
# no anatomical or graphic description.
DATA = r"""
@ vertical=adult lang=en
Amateur Couples Uploaded Today | Real couples, real bedrooms, nothing staged. Unlimited full-length scenes for $4.99. | sx, adl
~Real Couples, Real Bedrooms | New amateur uploads daily. Full-length, unlimited, $4.99. | sx, adl
Free Porn, No Credit Card | Over 2 million videos, every category you can think of. Just click Enter. | sx
Hardcore Vault: Lifetime Pass | Every scene from 12 studios, one payment, no ads. | sx, adl
Private Cam Show Tonight | Tell her what you want and watch her do it live. 10 free tokens. | sx, adl
Cam2Cam With Strangers | Turn your webcam on and meet naked strangers instantly. | sx
Phone Sex 24/7 | Real girls, no scripts, no limits. First 3 minutes free. | sx, adl
~24/7 Dirty Talk Line | Real women, unscripted, no limits. First 3 minutes on us. | sx, adl
Sexting Subscription | Get explicit texts and photos from your favourite model every night. | sx
Custom Clips From Your Favourite Creator | Request a personal explicit video made just for you. Delivered in 48 hours. | sx
Leaked Celebrity Sex Tape | The full uncensored tape is finally online. Watch before takedown. | sx, cb
Verified Escorts, Your Hotel Room | Incall and outcall across downtown. See real photos and hourly rates. | sx, adl
Gentlemen's Companion Agency | Models available for the whole evening, including what happens after dinner. | sx, adl
GFE Available Now | Girlfriend experience with everything included. Discreet apartment near the station. | sx, adl
Asian Massage: Full Relaxation | Young therapists, private rooms, happy ending included. Open until 2am. | sx, adl
Body-to-Body Massage Studio | Nude massage with a satisfying finish. Walk-ins welcome, cash only. | sx, adl
Adult Movie Theater: Private Booths | 40 screens of XXX, private viewing booths, couples welcome. | sx, adl
Sex Position of the Day App | Illustrated guides to 365 positions, unlock one every night. | sx
Tantric Sex Masterclass, Hands-On | Live demonstrations with models. Participate or watch. | sx
Kink Club Play Night | Dungeon rooms, public scenes and demo shows. Members only, fetish dress code. | sx
Kink Classifieds | Post what you're into, meet someone local who'll do it on camera. Verified adults. | sx
Feet Pics Store | Thousands of sellers, explicit requests welcome. Pay per set. | sx
Swingers Cruise 2026 | Seven nights, open decks, playrooms on every floor. Couples book now. | sx, adl
Live Sex Shows Amsterdam | Couples perform on stage every hour. Tickets at the door. | sx
Erotic Hypnosis Audio | Explicit guided sessions that take you all the way. Download the pack. | sx
Nude Yoga, Extended Version | Our uncut members' cut goes where the free videos don't. | sx
AI Porn Generator | Type any fantasy, get an explicit video in seconds. No filters. | sx
Deepfake Your Crush | Put anyone's face into explicit scenes. 5 free renders. | sx
Strip Poker Live | Play against real models who strip when they lose. Fully nude rounds. | sx, gam
Sex Toy Demo Channel | Watch models test every toy on camera, start to finish. | sx, adl
Cruising Spot Finder | Anonymous public sex meetups mapped near you. Updated weekly. | sx
Male Performers Wanted | Explicit shoot this weekend, $300 per scene, recent test results required. | sx
Orgasm Control Coaching | Explicit one-on-one video sessions with a dominatrix. Book by the minute. | sx
Hentai Unlimited | Uncensored anime porn, every series, daily updates. | sx
Onlyfans Bundle: 200 Girls | Full explicit archives from top creators, one download link. | sx, cb
Horny Tonight? Call Now | Women waiting to get dirty with you on the phone. | sx
@ vertical=adult lang=en tricky=1
p0rn h*b premium, 1 month free | No ads, 4K, every category. | sx
X X X live now 🔴 | Private rooms from $0.50/min. She does requests. | sx, adl
Happy 🔚 massage 💆 | Private studio, young staff, full service. Text for address. | sx, adl
s.e.x cams 18+ | Girls live now. Free registration. | sx
🍆💦 vids unlimited | Hardcore clips from real amateurs. | sx
3sc0rts VIP 🌹 | Outcall to your hotel in 30 min. Real photos. | sx, adl
N3w g1rls at the 'wellness centre' 💋 | Extras on request, ask for the VIP room. Back door after 9. | sx, adl
Nud3 chat w/ r3al girls | Unlimited pics and video. $1 trial. | sx
Spicy 🌶️ hotline | Dirty talk with no limits, 24/7. Call now, first minute free. | sx, adl
"h0t yoga" (members version) | The full uncensored class. You know which one. | sx
@ vertical=adult lang=es
Masajes con Final Feliz | Chicas jóvenes, ambiente privado, servicio completo. Abierto hasta las 3. | sx, adl
Tu Vecina en Directo | Cámaras porno caseras con mujeres de tu ciudad. Regístrate sin tarjeta. | sx
@ vertical=adult lang=fr
Escort Girls Paris | Accompagnatrices disponibles ce soir, déplacement hôtel. Photos réelles. | sx, adl
Webcam Coquine en Direct | Elles se déshabillent pour toi en privé. 10 crédits offerts. | sx, adl
@ vertical=adult lang=de
Erotikmassage mit Happy End | Diskrete Wohnung, junge Masseurinnen, Barzahlung. | sx, adl
Pornos in HD, Kostenlos | Täglich neue Amateur-Videos, ohne Anmeldung. | sx
@ vertical=adult lang=it
Incontri Piccanti in Diretta | Ragazze in webcam senza censure, chat privata. | sx, adl
@ vertical=adult lang=pt
Garotas de Programa Hoje | Agende pelo WhatsApp, vamos até o seu hotel. Fotos verificadas. | sx, adl
"""
