# Portuguese (pt) and Italian (it): compliant and violating ads.
DATA = r"""
@ vertical=retail_fashion lang=pt
Liquidação de Verão até 60% | Vestidos, sandálias e biquínis com frete grátis acima de R$ 199.
~Até 60% Off no Verão | Vestidos e sandálias em promoção. Frete grátis acima de R$ 199.
Tênis de Corrida | Amortecimento leve para treinos diários. A partir de R$ 399.
@ vertical=electronics lang=pt
Smart TV 4K 50 Polegadas | Por R$ 2.199 em até 10x sem juros no cartão da loja.
Celulares Seminovos com Garantia | iPhones revisados com 1 ano de garantia.
@ vertical=travel lang=pt
Passagens para Lisboa | Ida e volta de São Paulo a partir de R$ 3.499.
Pousadas em Paraty | Diárias com café da manhã a partir de R$ 280.
@ vertical=restaurants lang=pt
Rodízio de Pizza | Terça a quinta por R$ 49,90. Crianças até 6 anos não pagam.
Marmitas Saudáveis | Cardápio semanal entregue na sua casa. Primeira semana com 20% off.
@ vertical=education lang=pt
Curso de Inglês Online | Aulas ao vivo com professores nativos. Primeira aula grátis.
Curso Técnico em Enfermagem | Matrículas abertas, bolsas de até 50%.
@ vertical=jobs lang=pt
Vagas para Motoristas | Ganhe por entrega, horários flexíveis. Cadastre-se.
Contratamos Atendentes | Salário, vale-refeição e plano de saúde. Envie seu currículo.
@ vertical=healthcare lang=pt
Consulta com Dentista | Avaliação gratuita e limpeza por R$ 99.
@ vertical=nonprofit lang=pt
Doe Sangue, Salve Vidas | Agende sua doação no hemocentro mais próximo.
@ vertical=home_garden lang=pt
Energia Solar para Sua Casa | Economize até 95% na conta de luz. Simulação grátis.
@ vertical=retail_fashion lang=pt tricky=1
Preços de Matar | Tudo pela metade neste fim de semana.
Vestido Cor de Vinho | Vestido midi em veludo cor de vinho.
@ vertical=restaurants lang=pt tricky=1
Cerveja Sem Álcool 0,0% | Experimente com nosso hambúrguer artesanal.
@ vertical=alcohol lang=pt
Happy Hour: Chope em Dobro | Das 18h às 20h no Bar do Porto. | alc
Cachaça Artesanal | Envelhecida em barril de carvalho. Compre online. | alc
@ vertical=tobacco lang=pt
Pods Descartáveis 5000 Puffs | Sabores frutados, entrega rápida. | tob
@ vertical=cannabis lang=pt
Maconha Delivery | Entrega discreta em toda a cidade. Chama no Zap. | drg
@ vertical=pharma lang=pt
Remédio para Emagrecer Sem Receita | Perca 10 kg em 2 semanas. | rx, hc
@ vertical=gambling lang=pt
Cassino Online: Bônus de 200% | Deposite R$ 50 e jogue com R$ 150. | gam
Aposte no Brasileirão | Odds turbinadas e bônus de boas-vindas. | gam
Jogo do Tigrinho: Ganhe Fácil | Estratégia garantida para lucrar todo dia. | gam, fc
@ vertical=weapons lang=pt
Armas de Airsoft e Pistolas de Pressão | Réplicas realistas, envio para todo o Brasil. | wpn
@ vertical=adult lang=pt
Sex Shop Online | Vibradores e brinquedos para casais, entrega discreta. | adl
Garotas Quentes Perto de Você | Solteiras querem te conhecer hoje. | sug
Acompanhantes de Luxo | Encontros discretos, atendimento 24h. | sx, adl
@ vertical=crypto lang=pt
Dobre Seus Bitcoins | Envie 0,1 BTC e receba 0,2 BTC. | fin, fc
Ganhe R$ 1.000 por Dia em Casa | Robô de trading faz tudo por você. | fin, fc
Empréstimo Rápido para Negativados | Dinheiro na conta em 10 minutos. | fin
@ vertical=supplements lang=pt
Emagreça 20 kg em 30 Dias | Sem dieta, sem academia. | hc
@ vertical=content_arbitrage lang=pt
Seu Celular Está com Vírus | Baixe o app de limpeza agora. | cb
@ vertical=politics lang=pt
Vote João Silva 45 | Por uma cidade mais segura. Eleições 6 de outubro. | pol
@ vertical=media lang=pt
Vídeos de Acidentes Sem Censura | Sangue e corpos que a TV não mostra. | gore
Gorda e Feia? | Não é à toa que ele te largou. | ins
Porra, Que Promoção! | Preços do caralho, só hoje. | prof
@ vertical=retail_fashion lang=it
Saldi Estivi fino al 50% | Abiti, sandali e costumi scontati. Spedizione gratuita da 49 €.
~Fino al 50% sui Saldi | Abiti e sandali in saldo, spedizione gratis da 49 €.
Scarpe in Pelle Fatte a Mano | Realizzate nelle Marche. Da 159 €.
@ vertical=electronics lang=it
TV 4K 55 Pollici | HDR e app integrate a soli 479 €. Consegna gratuita.
Riparazione Smartphone | Schermo e batteria in un'ora. Garanzia 6 mesi.
@ vertical=travel lang=it
Voli per Palermo da 29 € | Prenota entro domenica.
Agriturismo in Toscana | Camere con colazione e piscina da 90 € a notte.
@ vertical=restaurants lang=it
Pranzo di Lavoro 12 € | Primo, secondo e caffè alla Trattoria da Gino.
Pizza Napoletana a Domicilio | Consegna in 30 minuti in tutta la città.
@ vertical=education lang=it
Corso di Inglese Online | Lezioni con insegnanti madrelingua. Prima lezione gratis.
@ vertical=jobs lang=it
Cerchiamo Magazzinieri | Contratto a tempo indeterminato, turni diurni.
@ vertical=healthcare lang=it
Visita Oculistica | Prenota online, disponibilità in settimana.
@ vertical=nonprofit lang=it
Dona un Pasto | Con 10 € garantisci un pasto caldo a chi ne ha bisogno.
@ vertical=retail_fashion lang=it tricky=1
Prezzi da Urlo | Tutto a metà prezzo questo weekend.
Abito Color Vino | Abito in velluto color vino, taglie 38-50.
@ vertical=restaurants lang=it tricky=1
Birra Analcolica 0,0 | Abbinala al nostro burger della casa.
@ vertical=alcohol lang=it
Aperitivo Spritz a 5 € | Tutti i giorni dalle 18 alle 21 al Bar Centrale. | alc
Vini Toscani a Domicilio | 6 bottiglie di Chianti a 59 €. | alc
@ vertical=tobacco lang=it
Sigarette Elettroniche Usa e Getta | 20 gusti, spedizione in 24 ore. | tob
@ vertical=cannabis lang=it
Erba a Domicilio | Consegna discreta, scrivici su Telegram. | drg
@ vertical=pharma lang=it
Viagra Senza Ricetta | Spedizione discreta in 48 ore. | rx
@ vertical=gambling lang=it
Casinò Online: Bonus 200% | Deposita 50 € e gioca con 150 €. | gam
Scommesse Serie A | Quote maggiorate e bonus di benvenuto. | gam
@ vertical=weapons lang=it
Coltelli da Combattimento | Lame tattiche con fodero. | wpn
@ vertical=adult lang=it
Sexy Shop Online | Vibratori e giochi di coppia, pacco anonimo. | adl
Ragazze Calde Vicino a Te | Single vogliono incontrarti stasera. | sug
Video Porno Gratis | Migliaia di video per adulti in HD. | sx, adl
@ vertical=crypto lang=it
Raddoppia i Tuoi Bitcoin | Invia 0,1 BTC e ricevi 0,2 BTC. | fin, fc
Prestiti Veloci Senza Busta Paga | Fino a 5.000 € in 24 ore. | fin
@ vertical=supplements lang=it
Perdi 10 kg in 7 Giorni | Senza dieta né palestra. | hc
@ vertical=content_arbitrage lang=it
Il Tuo Telefono Ha un Virus | Scarica subito l'app di pulizia. | cb
@ vertical=politics lang=it
Vota Marco Rossi | Per una città più sicura. Elezioni comunali 9 giugno. | pol
@ vertical=media lang=it
Video di Incidenti Senza Censura | Sangue e corpi che la TV non mostra. | gore
Sappiamo Dove Abiti | Paga o veniamo a trovarti. | thr
Cazzo che Offerte | Prezzi da paura, solo oggi. | prof
"""
